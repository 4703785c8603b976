package uk.gov.ddat.capability.bot.storage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

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
 *
 * <p>An event (or a command) can carry its work: what is still to be done after the
 * acknowledgement, saved with the claim. Unanswered work whose claim has gone stale (the
 * instance stopped or crashed) is found by {@link #abandoned} and claimed again with
 * {@link #reclaim}; an instance renews the claims of the work it still holds with {@link #renew}.
 */
public class SeenEvents {

    /** What became of a request's work when it arrived. */
    public enum Acceptance {
        /** New, and saved: it survives a stop or crash. */
        SAVED,
        /** Already claimed or answered: nothing to do. */
        DUPLICATE,
        /** New, but the database could not be reached: handle it anyway, in memory only. */
        NOT_SAVED
    }

    /** Work left unanswered by an instance that stopped; {@code claimedAt} is its stale claim. */
    public record Abandoned(String id, String work, Instant claimedAt) {
    }

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
            log.warn("Could not record event {}; handling it anyway: {}", eventId, e.getClass().getSimpleName());
            return true;
        }
    }

    /**
     * Claims the event and saves its work in one statement, before the acknowledgement. A
     * redelivery of an event whose claim went stale takes it over (and is handled again).
     */
    public Acceptance accept(String eventId, String work) {
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("INSERT INTO slack_event (event_id, received_at, answered, work) VALUES (?, ?, FALSE, ?)")
                    .params(eventId, now, work).update();
            return Acceptance.SAVED;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("UPDATE slack_event SET received_at = ?, work = ? WHERE event_id = ? AND answered = FALSE "
                            + "AND received_at < ?")
                    .params(now, work, eventId, Timestamp.from(clock.instant().minus(takeover))).update() == 1
                    ? Acceptance.SAVED : Acceptance.DUPLICATE;
        } catch (DataAccessException e) {
            log.warn("Could not save event {}; handling it in memory only: {}", eventId, e.getClass().getSimpleName());
            return Acceptance.NOT_SAVED;
        }
    }

    /** Unanswered work whose claim is older than the takeover time but younger than the retention. */
    public List<Abandoned> abandoned(int limit) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT event_id, work, received_at FROM slack_event WHERE answered = FALSE "
                        + "AND work IS NOT NULL AND received_at < ? AND received_at > ? ORDER BY received_at")
                .params(Timestamp.from(now.minus(takeover)), Timestamp.from(now.minus(retention)))
                .query((rs, row) -> new Abandoned(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list().stream().limit(limit).toList();
    }

    /** Takes over abandoned work; false if another instance took it first. */
    public boolean reclaim(Abandoned work) {
        return jdbc.sql("UPDATE slack_event SET received_at = ? WHERE event_id = ? AND answered = FALSE "
                        + "AND received_at = ?")
                .params(Timestamp.from(clock.instant()), work.id(), Timestamp.from(work.claimedAt())).update() == 1;
    }

    /** Keeps this instance's claims fresh on work it still holds (queued behind a busy channel). */
    public void renew(Collection<String> eventIds) {
        List<String> ids = new ArrayList<>(eventIds);
        Timestamp now = Timestamp.from(clock.instant());
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + 500));
            List<Object> values = new ArrayList<>();
            values.add(now);
            values.addAll(batch);
            jdbc.sql("UPDATE slack_event SET received_at = ? WHERE answered = FALSE AND event_id IN ("
                            + String.join(",", Collections.nCopies(batch.size(), "?")) + ")")
                    .params(values).update();
        }
    }

    /** The event's reply has gone out (or failed for good, with an apology): never handle it again. */
    public void answered(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            return;
        }
        try {
            jdbc.sql("UPDATE slack_event SET answered = TRUE, work = NULL WHERE event_id = ?").param(eventId).update();
        } catch (DataAccessException e) {
            log.warn("Could not mark event {} answered: {}", eventId, e.getClass().getSimpleName());
        }
    }

    /** Forgets events older than the retention period (at least 15 minutes: Slack retries within that). */
    public int prune() {
        return jdbc.sql("DELETE FROM slack_event WHERE received_at < ?")
                .param(Timestamp.from(clock.instant().minus(retention)))
                .update();
    }
}
