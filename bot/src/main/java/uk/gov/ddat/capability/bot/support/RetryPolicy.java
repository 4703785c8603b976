package uk.gov.ddat.capability.bot.support;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How calls to Slack's Web API and the Bot Connector are retried: a few attempts, waiting 500 ms,
 * then twice as long each time, or as long as the platform's Retry-After says, never more than
 * 30 s. Each attempt says whether it is worth another; the last attempt's result is returned as
 * it is. Spring's {@code RetryTemplate} was not used: it sleeps with {@code Thread.sleep} (tests
 * could not record the waits) and its back-off cannot take a wait the server gives per response.
 */
public final class RetryPolicy {

    /** What one attempt came to: a result, and whether (and after how long) to try again. */
    public record Outcome<T>(T value, boolean again, Optional<Duration> retryAfter) {

        public Outcome {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }

        /** Finished, well or badly: no attempt can change it. */
        public static <T> Outcome<T> done(T value) {
            return new Outcome<>(value, false, Optional.empty());
        }

        /** Worth another attempt, after the back-off; {@code value} is the result if none is left. */
        public static <T> Outcome<T> again(T value) {
            return new Outcome<>(value, true, Optional.empty());
        }

        /** Worth another attempt after the wait the platform asked for (its Retry-After), if it gave one. */
        public static <T> Outcome<T> again(T value, Optional<Duration> retryAfter) {
            return new Outcome<>(value, true, retryAfter);
        }
    }

    /** One attempt; {@code number} counts from 1. */
    @FunctionalInterface
    public interface Attempt<T> {
        Outcome<T> run(int number);
    }

    private final int attempts;
    private final Duration firstWait;
    private final Duration longestWait;
    private final Sleeper sleeper;

    public RetryPolicy(int attempts, Duration firstWait, Duration longestWait, Sleeper sleeper) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.attempts = attempts;
        this.firstWait = firstWait;
        this.longestWait = longestWait;
        this.sleeper = sleeper;
    }

    /** Slack's and Teams' APIs: 3 attempts, 500 ms doubling, Retry-After honoured, at most 30 s a wait. */
    public static RetryPolicy platformApi(Sleeper sleeper) {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(30), sleeper);
    }

    /** Runs attempts until one is done or none is left; an interrupted wait ends it with the last result. */
    public <T> T run(Attempt<T> attempt) {
        for (int number = 1; ; number++) {
            Outcome<T> outcome = attempt.run(number);
            if (!outcome.again() || number >= attempts) {
                return outcome.value();
            }
            try {
                sleeper.sleep(waitAfter(number, outcome.retryAfter()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return outcome.value();
            }
        }
    }

    /** True when attempt {@code number} is the last one (callers log a failure instead of a retry). */
    public boolean isLast(int number) {
        return number >= attempts;
    }

    /** The wait after attempt {@code number}: the server's Retry-After, or the doubling back-off; capped. */
    Duration waitAfter(int number, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElseGet(() -> firstWait.multipliedBy(1L << Math.min(number - 1, 30)));
        return wait.compareTo(longestWait) > 0 ? longestWait : wait.isNegative() ? Duration.ZERO : wait;
    }

    /** A Retry-After header given in seconds ("120"); absent or unreadable is empty. */
    public static Optional<Duration> retryAfter(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
