package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Retention and removed workspaces, on a real (H2) database. */
class PersonalDataHousekeepingTest {

    static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");
    static final Duration RETENTION = Duration.ofDays(730);
    static final Duration GRACE = Duration.ofDays(30);

    private final TestDatabases.Database db = TestDatabases.h2();
    private final ProfileStore store = new ProfileStore(db.jdbc(), db.transactions());
    private final MutableClock clock = new MutableClock(NOW);
    private final PersonalDataHousekeeping housekeeping = new PersonalDataHousekeeping(store, clock, RETENTION, GRACE);

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void deletesOldAssessmentsAndWorkspacesRemovedLongerAgoThanTheGracePeriod() {
        PersonKey kept = new PersonKey(Platform.SLACK, "T0001", "U0KEPT");
        PersonKey removedLongAgo = new PersonKey(Platform.SLACK, "T0002", "U0GONE");
        PersonKey removedLately = new PersonKey(Platform.TEAMS, "tenant-1", "29:lately");
        for (PersonKey person : new PersonKey[] {kept, removedLongAgo, removedLately}) {
            store.saveProfile(new Profile(person, "Data scientist", "Data scientist", Optional.empty(), NOW));
        }
        store.saveAssessment(ProfileStoreContract.assessment(kept, NOW.minus(Duration.ofDays(800)), SelfLevel.WORKING));
        Assessment recent = ProfileStoreContract.assessment(kept, NOW.minus(Duration.ofDays(10)), SelfLevel.EXPERT);
        store.saveAssessment(recent);
        store.saveAssessment(ProfileStoreContract.assessment(removedLongAgo, NOW, SelfLevel.WORKING));
        store.workspaceRemoved(Platform.SLACK, "T0002", NOW.minus(Duration.ofDays(31)));
        store.workspaceRemoved(Platform.TEAMS, "tenant-1", NOW.minus(Duration.ofDays(29)));

        assertThat(housekeeping.run()).isEqualTo(new PersonalDataHousekeeping.Result(1, 2));

        assertThat(store.latestAssessments(kept, 10)).containsExactly(recent);
        assertThat(store.profile(kept)).isPresent();
        assertThat(store.profile(removedLongAgo)).isEmpty();
        assertThat(store.latestAssessments(removedLongAgo, 10)).isEmpty();
        assertThat(store.profile(removedLately)).isPresent();
        assertThat(housekeeping.run()).isEqualTo(new PersonalDataHousekeeping.Result(0, 0));

        clock.advance(Duration.ofDays(2));
        assertThat(housekeeping.run()).isEqualTo(new PersonalDataHousekeeping.Result(0, 1));
        assertThat(store.profile(removedLately)).isEmpty();
    }

    @Test
    void refusesARetentionThatWouldDeleteAssessmentsAsSoonAsTheyAreMade() {
        assertThatThrownBy(() -> new PersonalDataHousekeeping(store, clock, Duration.ZERO, GRACE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personal-data.retention");
        assertThatThrownBy(() -> new PersonalDataHousekeeping(store, clock, RETENTION, Duration.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("personal-data.removed-workspace-grace");
        assertThat(new PersonalDataHousekeeping(store, clock, RETENTION, Duration.ZERO).run())
                .isEqualTo(new PersonalDataHousekeeping.Result(0, 0));
    }
}
