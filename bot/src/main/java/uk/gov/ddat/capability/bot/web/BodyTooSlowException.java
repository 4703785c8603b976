package uk.gov.ddat.capability.bot.web;

import java.io.IOException;
import java.time.Duration;

/** A request body was still arriving when the time allowed for it ran out. */
public class BodyTooSlowException extends IOException {

    public BodyTooSlowException(Duration time) {
        super("request body took longer than " + time.toMillis() + " ms to arrive");
    }
}
