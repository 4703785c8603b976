package uk.gov.ddat.capability.bot.tips;

import java.time.Duration;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Platform;

/** Posts a tip to one platform's conversation (Slack, Teams). */
public interface TipSender {

    /** The platform whose subscriptions this posts to. */
    Platform platform();

    Outcome send(Subscription subscription, Answer tip);

    /**
     * What happened: sent; worth trying again (after a pause); or never going to work. {@code
     * httpStatus} is the platform's HTTP status when that is what failed (0 otherwise).
     */
    record Outcome(Kind kind, String error, Optional<Duration> retryAfter, int httpStatus) {

        public enum Kind { SENT, TRANSIENT, PERMANENT }

        public Outcome(Kind kind, String error, Optional<Duration> retryAfter) {
            this(kind, error, retryAfter, 0);
        }

        public static Outcome sent() {
            return new Outcome(Kind.SENT, "", Optional.empty());
        }

        public static Outcome transientError(String error, Optional<Duration> retryAfter) {
            return new Outcome(Kind.TRANSIENT, error, retryAfter);
        }

        public static Outcome transientHttpError(int status, Optional<Duration> retryAfter) {
            return new Outcome(Kind.TRANSIENT, "HTTP " + status, retryAfter, status);
        }

        public static Outcome permanentHttpError(int status) {
            return new Outcome(Kind.PERMANENT, "HTTP " + status, Optional.empty(), status);
        }

        /** Never going to work; {@code error} is what people are told when their tips stop because of it. */
        public static Outcome permanentError(String error) {
            return new Outcome(Kind.PERMANENT, error, Optional.empty());
        }
    }
}
