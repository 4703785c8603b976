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
 * again (a Slack retry) is handled once, even by another instance sharing the database.
 */
public class SeenEvents {

    private static final Logger log = LoggerFactory.getLogger(SeenEvents.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    public SeenEvents(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /**
     * Records the event; true the first time it is seen. If the database cannot be reached the
     * event is treated as new: answering twice is better than not answering.
     */
    public boolean firstDelivery(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return true;
        }
        try {
            jdbc.sql("INSERT INTO slack_event (event_id, received_at) VALUES (?, ?)")
                    .params(eventId, Timestamp.from(clock.instant()))
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        } catch (DataAccessException e) {
            log.warn("Could not record event {}; handling it anyway: {}", eventId, e.getMessage());
            return true;
        }
    }

    /** Forgets events older than the retention period (at least 15 minutes: Slack retries within that). */
    public int prune() {
        return jdbc.sql("DELETE FROM slack_event WHERE received_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
