package uk.gov.ddat.capability.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Slack event ids in the database: run on H2 and PostgreSQL. */
abstract class SeenEventsContract {

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void anEventIsNewOnceAcrossInstancesSharingTheDatabase() {
        SeenEvents first = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));
        SeenEvents second = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));
        assertThat(first.firstDelivery("Ev1")).isTrue();
        assertThat(second.firstDelivery("Ev1")).isFalse();
        assertThat(first.firstDelivery("Ev1")).isFalse();
        assertThat(second.firstDelivery("Ev2")).isTrue();
    }

    @Test
    void anEventClaimedButNeverAnsweredIsTakenOverByALaterRedelivery() {
        SeenEvents stopped = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));
        SeenEvents other = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));
        assertThat(stopped.firstDelivery("Ev1")).isTrue(); // then the instance stops before replying
        clock.advance(Duration.ofSeconds(10));
        assertThat(other.firstDelivery("Ev1")).as("still being handled").isFalse();
        clock.advance(Duration.ofSeconds(60));
        assertThat(other.firstDelivery("Ev1")).as("taken over").isTrue();
        assertThat(stopped.firstDelivery("Ev1")).isFalse();
        other.answered("Ev1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(stopped.firstDelivery("Ev1")).as("answered: never again").isFalse();
    }

    @Test
    void idsAreKeptForTheRetentionThenForgotten() {
        SeenEvents events = new SeenEvents(db.jdbc(), clock, Duration.ofMinutes(15), Duration.ofSeconds(30));
        events.firstDelivery("Ev1");
        events.answered("Ev1");
        clock.advance(Duration.ofMinutes(14));
        assertThat(events.prune()).isZero();
        assertThat(events.firstDelivery("Ev1")).isFalse();
        clock.advance(Duration.ofMinutes(2));
        assertThat(events.prune()).isEqualTo(1);
        assertThat(events.firstDelivery("Ev1")).isTrue();
    }
}
