package uk.gov.ddat.capability.bot.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error of the API as an RFC 9457 problem (application/problem+json): the status, a title,
 * and a detail that says what to change. Never a stack trace, and never cached (a role missing now
 * may be there after the next reload).
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@ConditionalOnBooleanProperty("api.enabled")
class ApiProblems {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Map<String, Object>> api(ApiException e, HttpServletRequest request) {
        return response(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return response(HttpStatus.BAD_REQUEST, "The query parameter '" + e.getParameterName() + "' is required.",
                request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return response(HttpStatus.BAD_REQUEST, "The parameter '" + e.getName() + "' must be a whole number.",
                request);
    }

    static ResponseEntity<Map<String, Object>> response(HttpStatus status, String detail, HttpServletRequest request) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .cacheControl(CacheControl.noStore()).body(body(status, detail, request.getRequestURI()));
    }

    /** The problem's members, in RFC 9457's order. */
    static Map<String, Object> body(HttpStatus status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }
}
