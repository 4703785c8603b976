package uk.gov.ddat.capability.bot.support;

import java.time.Duration;

/** Waits between attempts of a call that is retried; tests record the waits instead. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
