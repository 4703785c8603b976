package uk.gov.ddat.capability.bot.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Shares and the team view's one query in a real database, and every way a manager might read
 * someone who has not shared with them: run on H2 by {@link ShareStoreH2Test} and on PostgreSQL
 * by {@link ShareStorePostgresTest}.
 */
abstract class ShareStoreContract {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final PersonKey ALEX = new PersonKey(Platform.SLACK, "T0001", "U0ALEX");
    static final PersonKey SAM = new PersonKey(Platform.SLACK, "T0001", "U0SAM");
    static final PersonKey MANAGER = new PersonKey(Platform.SLACK, "T0001", "U0BOSS");
    static final PersonKey OTHER_MANAGER = new PersonKey(Platform.SLACK, "T0001", "U0OTHER");
    /** The manager's user id in another workspace, and on another platform: other people. */
    static final PersonKey MANAGER_ELSEWHERE = new PersonKey(Platform.SLACK, "T0002", "U0BOSS");
    static final PersonKey MANAGER_ON_TEAMS = new PersonKey(Platform.TEAMS, "T0001", "U0BOSS");
    static final String LEVEL = "Senior infrastructure operations engineer";

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final ShareStore shares = new ShareStore(db.jdbc());
    private final ProfileStore profiles = new ProfileStore(db.jdbc(), db.transactions());

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void nothingIsSharedByDefault() {
        assessed(ALEX, NOW, SelfLevel.WORKING);
        assertThat(shares.team(MANAGER)).isEmpty();
        assertThat(shares.sharedBy(ALEX)).isEmpty();
    }

    @Test
    void aShareShowsThePersonsLevelAndLatestAssessmentToTheManagerOnly() {
        assessed(ALEX, NOW.minus(Duration.ofDays(30)), SelfLevel.AWARENESS);
        assessed(ALEX, NOW, SelfLevel.EXPERT);
        assessed(SAM, NOW, SelfLevel.WORKING);

        assertThat(shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW)).isTrue();

        List<ShareStore.Member> team = shares.team(MANAGER);
        assertThat(team).hasSize(1);
        assertThat(team.get(0).name()).isEqualTo("Alex");
        assertThat(team.get(0).profile().map(Profile::level)).contains(LEVEL);
        Assessment latest = team.get(0).latest().orElseThrow();
        assertThat(latest.assessedAt()).isEqualTo(NOW);
        assertThat(latest.ratings()).containsExactly(Map.entry("Incident management", SelfLevel.EXPERT),
                Map.entry("IT infrastructure", SelfLevel.EXPERT));
        assertThat(shares.sharedBy(ALEX)).containsExactly(new ShareStore.Share(MANAGER.userId(), "Boss", NOW));
    }

    @Test
    void sharingAgainKeepsOneShareWithTheNamesRefreshed() {
        assertThat(shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW)).isTrue();
        assertThat(shares.share(ALEX, "Alex Smith", MANAGER.userId(), "The Boss", NOW.plusSeconds(60))).isFalse();
        assertThat(shares.sharedBy(ALEX)).containsExactly(new ShareStore.Share(MANAGER.userId(), "The Boss", NOW));
        assertThat(shares.team(MANAGER)).extracting(ShareStore.Member::name).containsExactly("Alex Smith");
    }

    @Test
    void someoneWhoSharedBeforeGivingTheirLevelIsListedWithNothingToShow() {
        shares.share(SAM, "Sam", MANAGER.userId(), "Boss", NOW);
        List<ShareStore.Member> team = shares.team(MANAGER);
        assertThat(team).hasSize(1);
        assertThat(team.get(0).profile()).isEmpty();
        assertThat(team.get(0).latest()).isEmpty();
    }

    @Test
    void aShareEndedASecondAgoIsNotReadAnyMore() {
        assessed(ALEX, NOW, SelfLevel.WORKING);
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);
        assertThat(shares.team(MANAGER)).hasSize(1);

        assertThat(shares.unshare(ALEX, MANAGER.userId())).isTrue();
        assertThat(shares.team(MANAGER)).isEmpty();
        assertThat(shares.unshare(ALEX, MANAGER.userId())).as("already ended").isFalse();
    }

    @Test
    void noOneElseReadsAShareAnotherUserIdAnotherWorkspaceOrAnotherPlatform() {
        assessed(ALEX, NOW, SelfLevel.WORKING);
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);

        assertThat(shares.team(OTHER_MANAGER)).isEmpty();
        assertThat(shares.team(MANAGER_ELSEWHERE)).isEmpty();
        assertThat(shares.team(MANAGER_ON_TEAMS)).isEmpty();
        assertThat(shares.team(ALEX)).as("the sharer is not their own manager").isEmpty();
        assertThat(shares.team(MANAGER)).hasSize(1);
    }

    @Test
    void forgedValuesReadNothing() {
        assessed(ALEX, NOW, SelfLevel.WORKING);
        assessed(SAM, NOW, SelfLevel.EXPERT);
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);
        // A share made to a "wildcard" id gives nobody anything but that exact id.
        shares.share(SAM, "Sam", "%", "Anyone", NOW);

        for (String forged : List.of("%", "_0BOSS", "U0BOSS' OR '1'='1", "U0BOSS%", "u0boss", "U0BOSS ", "*")) {
            List<String> seen = shares.team(new PersonKey(Platform.SLACK, "T0001", forged)).stream()
                    .map(ShareStore.Member::name).toList();
            assertThat(seen).as("viewer %s", forged).doesNotContain("Alex");
            if (!forged.equals("%")) {
                assertThat(seen).as("viewer %s", forged).isEmpty();
            }
        }
        for (String workspace : List.of("%", "T000_", "", "T0001' OR '1'='1")) {
            assertThat(shares.team(new PersonKey(Platform.SLACK, workspace, MANAGER.userId()))).as(workspace).isEmpty();
        }
    }

    @Test
    void forgetMeRemovesEveryShareBothWays() {
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);
        shares.share(MANAGER, "Boss", "U0BIGBOSS", "Big boss", NOW);
        shares.share(SAM, "Sam", MANAGER.userId(), "Boss", NOW);
        shares.share(SAM, "Sam", OTHER_MANAGER.userId(), "Other", NOW);

        ProfileStore.Forgotten gone = profiles.forget(MANAGER);

        assertThat(gone.shares()).isEqualTo(3);
        assertThat(shares.team(MANAGER)).isEmpty();
        assertThat(shares.sharedBy(MANAGER)).isEmpty();
        assertThat(shares.sharedBy(ALEX)).isEmpty();
        assertThat(shares.sharedBy(SAM)).extracting(ShareStore.Share::viewerId).containsExactly(OTHER_MANAGER.userId());
    }

    @Test
    void aRemovedWorkspacesSharesGoWithItsPeoplesData() {
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);
        PersonKey elsewhere = new PersonKey(Platform.SLACK, "T0002", "U0ALEX");
        shares.share(elsewhere, "Alex", MANAGER_ELSEWHERE.userId(), "Boss", NOW);
        profiles.workspaceRemoved(Platform.SLACK, "T0001", NOW.minus(Duration.ofDays(40)));

        profiles.purgeRemovedWorkspaces(NOW.minus(Duration.ofDays(30)));

        assertThat(shares.sharedBy(ALEX)).isEmpty();
        assertThat(shares.sharedBy(elsewhere)).hasSize(1);
    }

    @Test
    void theTeamComesInNameOrderWithEachPersonsRatingsInTheirLevelsOrder() {
        PersonKey zoe = new PersonKey(Platform.SLACK, "T0001", "U0ZOE");
        assessed(zoe, NOW, SelfLevel.EXPERT);
        assessed(ALEX, NOW, SelfLevel.WORKING);
        shares.share(zoe, "zoe", MANAGER.userId(), "Boss", NOW);
        shares.share(ALEX, "Alex", MANAGER.userId(), "Boss", NOW);
        shares.share(SAM, "Sam", MANAGER.userId(), "Boss", NOW);

        assertThat(shares.team(MANAGER)).extracting(ShareStore.Member::name).containsExactly("Alex", "Sam", "zoe");
    }

    /** The person at {@link #LEVEL}, with an assessment of two skills rated {@code rating}. */
    private void assessed(PersonKey person, Instant at, SelfLevel rating) {
        profiles.saveProfile(new Profile(person, "Infrastructure operations engineer", LEVEL, Optional.empty(), at));
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        ratings.put("Incident management", rating);
        ratings.put("IT infrastructure", rating);
        profiles.saveAssessment(new Assessment(person, "Infrastructure operations engineer", LEVEL, at, ratings));
    }
}
