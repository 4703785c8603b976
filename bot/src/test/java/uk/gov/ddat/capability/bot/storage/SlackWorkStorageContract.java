package uk.gov.ddat.capability.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Acknowledged Slack work saved with its claim, and taken over when abandoned: on H2 and PostgreSQL. */
abstract class SlackWorkStorageContract {

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final SeenEvents crashed = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));
    private final SeenEvents restarted = new SeenEvents(db.jdbc(), clock, Duration.ofHours(1), Duration.ofSeconds(30));

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void workIsSavedOnceAndADuplicateDoesNothing() {
        assertThat(crashed.accept("Ev1", "{\"kind\":\"REPLY\"}")).isEqualTo(SeenEvents.Acceptance.SAVED);
        assertThat(restarted.accept("Ev1", "{\"kind\":\"REPLY\"}")).isEqualTo(SeenEvents.Acceptance.DUPLICATE);
        assertThat(crashed.firstDelivery("Ev1")).isFalse();
    }

    @Test
    void workLeftByACrashedInstanceIsTakenOverOnceItsClaimIsStale() {
        crashed.accept("Ev1", "work-1");
        crashed.accept("Ev2", "work-2");
        crashed.answered("Ev2");
        clock.advance(Duration.ofSeconds(10));
        assertThat(restarted.abandoned(10)).as("claim still fresh").isEmpty();

        clock.advance(Duration.ofSeconds(30));
        List<SeenEvents.Abandoned> abandoned = restarted.abandoned(10);
        assertThat(abandoned).extracting(SeenEvents.Abandoned::id, SeenEvents.Abandoned::work)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ev1", "work-1"));
        assertThat(restarted.reclaim(abandoned.get(0))).isTrue();
        assertThat(crashed.reclaim(abandoned.get(0))).as("only one instance takes it").isFalse();
        assertThat(restarted.abandoned(10)).isEmpty();

        restarted.answered("Ev1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(restarted.abandoned(10)).isEmpty();
    }

    @Test
    void renewedClaimsAreNotTakenOver() {
        crashed.accept("Ev1", "work-1");
        crashed.accept("Ev2", "work-2");
        clock.advance(Duration.ofSeconds(20));
        crashed.renew(List.of("Ev1"));
        clock.advance(Duration.ofSeconds(20));
        assertThat(restarted.abandoned(10)).extracting(SeenEvents.Abandoned::id).containsExactly("Ev2");
    }

    @Test
    void workOlderThanTheRetentionIsNotTakenUp() {
        crashed.accept("Ev1", "work-1");
        clock.advance(Duration.ofHours(2));
        assertThat(restarted.abandoned(10)).isEmpty();
    }
}
