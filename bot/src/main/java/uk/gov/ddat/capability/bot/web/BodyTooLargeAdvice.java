package uk.gov.ddat.capability.bot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A controller's body that went past the limit while being read (a chunked body) is a 413; any
 * other unreadable body (including one still arriving after http.max-body-time) is a 400. Neither
 * says what the body held.
 */
@RestControllerAdvice
public class BodyTooLargeAdvice {

    private static final Logger log = LoggerFactory.getLogger(BodyTooLargeAdvice.class);

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<String> unreadable(HttpMessageNotReadableException e) {
        if (BodyTooLargeException.isCause(e)) {
            log.info("Refused a request body over the limit");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                    .body("Request body too large");
        }
        // Closed, so that the rest of a body cut off for arriving too slowly is not waited for.
        return ResponseEntity.badRequest().header(HttpHeaders.CONNECTION, "close").body("Bad request");
    }
}
