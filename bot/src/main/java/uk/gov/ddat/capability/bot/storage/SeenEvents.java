package uk.gov.ddat.capability.bot.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Remembers which platform events have been handled, in the database, so an event delivered
 * again (a Slack retry) is answered once, even by another instance sharing the database. An event
 * is claimed when it arrives and marked answered when its reply has gone out; a redelivery finding
 * a claim older than the takeover time with no answer (the instance handling it stopped) takes it
 * over, so nothing is lost either.
 */
public class SeenEvents {

    private static final Logger log = LoggerFactory.getLogger(SeenEvents.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Duration takeover;

    public SeenEvents(JdbcClient jdbc, Clock clock, Duration retention, Duration takeover) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.takeover = takeover;
    }

    /**
     * Claims the event for this instance; true if it should be handled now. If the database
     * cannot be reached the event is handled anyway: answering twice is better than not at all.
     */
    public boolean firstDelivery(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("INSERT INTO slack_event (event_id, received_at, answered) VALUES (?, ?, FALSE)")
                    .params(eventId, now).update();
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("UPDATE slack_event SET received_at = ? WHERE event_id = ? AND answered = FALSE "
                            + "AND received_at < ?")
                    .params(now, eventId, Timestamp.from(clock.instant().minus(takeover))).update() == 1;
        } catch (DataAccessException e) {
            log.warn("Could not record event {}; handling it anyway: {}", eventId, e.getMessage());
            return true;
        }
    }

    /** The event's reply has gone out (or failed for good, with an apology): never handle it again. */
    public void answered(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return;
        }
        try {
            jdbc.sql("UPDATE slack_event SET answered = TRUE WHERE event_id = ?").param(eventId).update();
        } catch (DataAccessException e) {
            log.warn("Could not mark event {} answered: {}", eventId, e.getMessage());
        }
    }

    /** Forgets events older than the retention period (at least 15 minutes: Slack retries within that). */
    public int prune() {
        return jdbc.sql("DELETE FROM slack_event WHERE received_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
