package uk.gov.ddat.capability.bot.api;

import org.springframework.http.HttpStatus;

/** A request the API cannot answer as asked, reported as problem+json with this status. */
class ApiException extends RuntimeException {

    private final HttpStatus status;

    ApiException(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, detail);
    }

    HttpStatus status() {
        return status;
    }
}
