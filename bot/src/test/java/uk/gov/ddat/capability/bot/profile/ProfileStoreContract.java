package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Personal data (profiles, self-assessments) in a real database: run on H2 by
 * {@link ProfileStoreH2Test} and on PostgreSQL by {@link ProfileStorePostgresTest}.
 */
abstract class ProfileStoreContract {

    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    static final PersonKey ALEX = new PersonKey(Platform.SLACK, "T0001", "U0ALEX");
    static final PersonKey SAM = new PersonKey(Platform.SLACK, "T0001", "U0SAM");
    /** Alex's user id, in another workspace: another person. */
    static final PersonKey ALEX_ELSEWHERE = new PersonKey(Platform.SLACK, "T0002", "U0ALEX");
    /** The same ids on another platform: another person. */
    static final PersonKey ALEX_ON_TEAMS = new PersonKey(Platform.TEAMS, "T0001", "U0ALEX");

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final ProfileStore store = new ProfileStore(db.jdbc(), db.transactions());

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aProfileIsCreatedThenReplaced() {
        assertThat(store.profile(ALEX)).isEmpty();

        store.saveProfile(new Profile(ALEX, "Data scientist", "Senior data scientist", Optional.empty(), NOW));
        assertThat(store.profile(ALEX)).contains(
                new Profile(ALEX, "Data scientist", "Senior data scientist", Optional.empty(), NOW));

        Profile changed = new Profile(ALEX, "Data scientist", "Senior data scientist",
                Optional.of("Lead data scientist"), NOW.plusSeconds(60));
        store.saveProfile(changed);
        assertThat(store.profile(ALEX)).contains(changed);
        assertThat(rows("person_profile", ALEX)).isEqualTo(1);
        assertThat(store.profile(SAM)).isEmpty();
        assertThat(store.profile(ALEX_ELSEWHERE)).isEmpty();
        assertThat(store.profile(ALEX_ON_TEAMS)).isEmpty();
    }

    @Test
    void theSameUserIdInAnotherWorkspaceOrPlatformHasItsOwnProfile() {
        store.saveProfile(new Profile(ALEX, "Data scientist", "Data scientist", Optional.empty(), NOW));
        store.saveProfile(new Profile(ALEX_ELSEWHERE, "Data engineer", "Senior data engineer", Optional.empty(), NOW));
        store.saveProfile(new Profile(ALEX_ON_TEAMS, "Delivery manager", "Delivery manager", Optional.empty(), NOW));

        assertThat(store.profile(ALEX)).map(Profile::role).contains("Data scientist");
        assertThat(store.profile(ALEX_ELSEWHERE)).map(Profile::role).contains("Data engineer");
        assertThat(store.profile(ALEX_ON_TEAMS)).map(Profile::role).contains("Delivery manager");
    }

    @Test
    void instancesSavingTheSameProfileAtOnceLeaveOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String level = "Level " + i;
            done.add(pool.submit(() -> {
                start.await();
                store.saveProfile(new Profile(ALEX, "Data scientist", level, Optional.empty(), NOW));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS); // none of them failed
        }
        pool.shutdown();
        assertThat(rows("person_profile", ALEX)).isEqualTo(1);
        assertThat(store.profile(ALEX)).hasValueSatisfying(p -> assertThat(p.level()).startsWith("Level "));
    }

    @Test
    void latestAssessmentsComeNewestFirstWithTheirRatingsInTheSavedOrder() {
        Assessment first = assessment(ALEX, NOW.minus(Duration.ofDays(60)), SelfLevel.NOT_YET);
        Assessment second = assessment(ALEX, NOW.minus(Duration.ofDays(30)), SelfLevel.WORKING);
        Assessment third = assessment(ALEX, NOW, SelfLevel.EXPERT);
        known(ALEX, ALEX_ELSEWHERE);
        store.saveAssessment(second);
        store.saveAssessment(third);
        store.saveAssessment(first);
        store.saveAssessment(assessment(ALEX_ELSEWHERE, NOW.plusSeconds(1), SelfLevel.AWARENESS));

        List<Assessment> latest = store.latestAssessments(ALEX, 2);
        assertThat(latest).containsExactly(third, second);
        // The role level's order, not the alphabet's.
        assertThat(latest.get(0).ratings().keySet())
                .containsExactly("User focus", "Communicating analysis", "Data engineering and manipulation", "Agile");
        assertThat(latest.get(0).ratings().values())
                .containsExactly(SelfLevel.EXPERT, SelfLevel.PRACTITIONER, SelfLevel.NOT_YET, SelfLevel.AWARENESS);
        assertThat(store.latestAssessments(ALEX, 10)).containsExactly(third, second, first);
        assertThat(store.latestAssessments(ALEX, 0)).isEmpty();
        assertThat(store.latestAssessments(SAM, 5)).isEmpty();
        assertThat(store.latestAssessments(ALEX_ELSEWHERE, 5)).hasSize(1);
    }

    @Test
    void anAssessmentWithNoRatingsIsKept() {
        Assessment empty = new Assessment(ALEX, "Data scientist", "Data scientist", NOW, Map.of());
        known(ALEX);
        store.saveAssessment(empty);
        assertThat(store.latestAssessments(ALEX, 1)).containsExactly(empty);
    }

    @Test
    void forgettingAPersonLeavesNothingOfThemAndEveryoneElseAsTheyWere() {
        for (PersonKey person : List.of(ALEX, SAM, ALEX_ELSEWHERE, ALEX_ON_TEAMS)) {
            store.saveProfile(new Profile(person, "Data scientist", "Data scientist", Optional.of("Senior data scientist"),
                    NOW));
            store.saveAssessment(assessment(person, NOW.minus(Duration.ofDays(1)), SelfLevel.WORKING));
            store.saveAssessment(assessment(person, NOW, SelfLevel.PRACTITIONER));
        }
        List<Long> alexAssessments = assessmentIds(ALEX);
        assertThat(alexAssessments).hasSize(2);
        assertThat(ratingRows(alexAssessments)).isEqualTo(8);

        ProfileStore.Forgotten forgotten = store.forget(ALEX);

        assertThat(forgotten).isEqualTo(new ProfileStore.Forgotten(1, 2));
        assertThat(forgotten.total()).isEqualTo(3);
        assertThat(rows("person_profile", ALEX)).isZero();
        assertThat(rows("self_assessment", ALEX)).isZero();
        assertThat(ratingRows(alexAssessments)).isZero();
        assertThat(store.profile(ALEX)).isEmpty();
        assertThat(store.latestAssessments(ALEX, 10)).isEmpty();
        for (PersonKey other : List.of(SAM, ALEX_ELSEWHERE, ALEX_ON_TEAMS)) {
            assertThat(rows("person_profile", other)).as("profile rows of another person").isEqualTo(1);
            assertThat(rows("self_assessment", other)).as("assessments of another person").isEqualTo(2);
            assertThat(ratingRows(assessmentIds(other))).as("ratings of another person").isEqualTo(8);
        }
        assertThat(count("SELECT COUNT(*) FROM self_assessment_rating")).isEqualTo(3 * 8);

        assertThat(store.forget(ALEX)).isEqualTo(new ProfileStore.Forgotten(0, 0));
    }

    @Test
    void removedWorkspacesArePurgedAfterTheGracePeriodUnlessTheyCameBack() {
        PersonKey back = new PersonKey(Platform.SLACK, "T0003", "U0BACK");
        PersonKey removedLater = new PersonKey(Platform.TEAMS, "tenant-9", "29:later");
        for (PersonKey person : List.of(ALEX, SAM, ALEX_ELSEWHERE, ALEX_ON_TEAMS, back, removedLater)) {
            store.saveProfile(new Profile(person, "Data scientist", "Data scientist", Optional.empty(), NOW));
            store.saveAssessment(assessment(person, NOW, SelfLevel.WORKING));
        }
        List<Long> removedAssessments = new ArrayList<>(assessmentIds(ALEX));
        removedAssessments.addAll(assessmentIds(SAM));
        Instant removed = NOW.minus(Duration.ofDays(40));
        store.workspaceRemoved(Platform.SLACK, "T0001", removed);
        store.workspaceRemoved(Platform.SLACK, "T0001", NOW.minus(Duration.ofDays(1))); // the first time counts
        store.workspaceRemoved(Platform.SLACK, "T0003", removed);
        store.workspaceBack(Platform.SLACK, "T0003");
        store.workspaceRemoved(Platform.TEAMS, "tenant-9", NOW.minus(Duration.ofDays(10)));

        int purged = store.purgeRemovedWorkspaces(NOW.minus(Duration.ofDays(30)));

        assertThat(purged).as("2 profiles and 2 assessments of workspace T0001").isEqualTo(4);
        for (PersonKey gone : List.of(ALEX, SAM)) {
            assertThat(rows("person_profile", gone)).isZero();
            assertThat(rows("self_assessment", gone)).isZero();
        }
        assertThat(ratingRows(removedAssessments)).isZero();
        for (PersonKey kept : List.of(ALEX_ELSEWHERE, ALEX_ON_TEAMS, back, removedLater)) {
            assertThat(rows("person_profile", kept)).isEqualTo(1);
            assertThat(rows("self_assessment", kept)).isEqualTo(1);
            assertThat(ratingRows(assessmentIds(kept))).isEqualTo(4);
        }
        assertThat(count("SELECT COUNT(*) FROM removed_workspace WHERE workspace_id = 'T0001'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM removed_workspace WHERE workspace_id = 'T0003'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM removed_workspace WHERE workspace_id = 'tenant-9'")).isEqualTo(1);
        assertThat(store.purgeRemovedWorkspaces(NOW.minus(Duration.ofDays(30)))).isZero();

        // Its grace period over, the later one goes too.
        assertThat(store.purgeRemovedWorkspaces(NOW)).isEqualTo(2);
        assertThat(rows("person_profile", removedLater)).isZero();
        assertThat(count("SELECT COUNT(*) FROM removed_workspace")).isZero();
    }

    @Test
    void peopleWhoRemovedTheAppArePurgedAfterTheGracePeriodUnlessTheyCameBack() {
        PersonKey leaver = new PersonKey(Platform.TEAMS, "tenant-1", "29:leaver");
        PersonKey returner = new PersonKey(Platform.TEAMS, "tenant-1", "29:returner");
        PersonKey recent = new PersonKey(Platform.TEAMS, "tenant-1", "29:recent");
        PersonKey colleague = new PersonKey(Platform.TEAMS, "tenant-1", "29:colleague");
        for (PersonKey person : List.of(leaver, returner, recent, colleague)) {
            known(person);
            store.saveAssessment(assessment(person, NOW, SelfLevel.WORKING));
        }
        store.personRemoved(leaver, NOW.minus(Duration.ofDays(40)));
        store.personRemoved(leaver, NOW.minus(Duration.ofDays(1))); // the first time counts
        store.personRemoved(returner, NOW.minus(Duration.ofDays(40)));
        store.personBack(returner);
        store.personRemoved(recent, NOW.minus(Duration.ofDays(10)));

        assertThat(store.purgeRemovedPeople(NOW.minus(Duration.ofDays(30)))).as("a profile and an assessment")
                .isEqualTo(2);

        assertThat(rows("person_profile", leaver) + rows("self_assessment", leaver)).isZero();
        for (PersonKey kept : List.of(returner, recent, colleague)) {
            assertThat(rows("person_profile", kept) + rows("self_assessment", kept)).isEqualTo(2);
        }
        assertThat(store.purgeRemovedPeople(NOW.minus(Duration.ofDays(30)))).isZero();
        assertThat(count("SELECT COUNT(*) FROM removed_person")).isEqualTo(1);
    }

    @Test
    void anOrganisationRemovedIsPurgedInEachOfItsWorkspaces() {
        // Slack keys are "enterprise:team"; an organisation-wide install is removed as "E1:".
        PersonKey inT1 = new PersonKey(Platform.SLACK, "E1:T1", "U0ONE");
        PersonKey inT2 = new PersonKey(Platform.SLACK, "E1:T2", "U0TWO");
        PersonKey otherOrganisation = new PersonKey(Platform.SLACK, "E10:T1", "U0ONE");
        PersonKey noOrganisation = new PersonKey(Platform.SLACK, ":T1", "U0ONE");
        PersonKey teams = new PersonKey(Platform.TEAMS, "E1:T1", "U0ONE");
        for (PersonKey person : List.of(inT1, inT2, otherOrganisation, noOrganisation, teams)) {
            known(person);
            store.saveAssessment(assessment(person, NOW, SelfLevel.WORKING));
        }
        store.workspaceRemoved(Platform.SLACK, "E1:", NOW.minus(Duration.ofDays(40)));

        assertThat(store.purgeRemovedWorkspaces(NOW.minus(Duration.ofDays(30)))).isEqualTo(4);
        for (PersonKey gone : List.of(inT1, inT2)) {
            assertThat(rows("person_profile", gone) + rows("self_assessment", gone)).isZero();
        }
        for (PersonKey kept : List.of(otherOrganisation, noOrganisation, teams)) {
            assertThat(rows("person_profile", kept) + rows("self_assessment", kept)).isEqualTo(2);
        }
    }

    @Test
    void aWorkspaceRemovedAgainAfterComingBackStartsItsGracePeriodAgain() {
        store.saveProfile(new Profile(ALEX, "Data scientist", "Data scientist", Optional.empty(), NOW));
        store.workspaceRemoved(Platform.SLACK, "T0001", NOW.minus(Duration.ofDays(40)));
        store.workspaceBack(Platform.SLACK, "T0001");
        store.workspaceRemoved(Platform.SLACK, "T0001", NOW.minus(Duration.ofDays(2)));

        assertThat(store.purgeRemovedWorkspaces(NOW.minus(Duration.ofDays(30)))).isZero();
        assertThat(store.profile(ALEX)).isPresent();
    }

    @Test
    void assessmentsOlderThanTheRetentionPeriodAreDeletedWithTheirRatings() {
        known(ALEX, SAM);
        store.saveAssessment(assessment(ALEX, NOW.minus(Duration.ofDays(800)), SelfLevel.NOT_YET));
        store.saveAssessment(assessment(SAM, NOW.minus(Duration.ofDays(731)), SelfLevel.AWARENESS));
        List<Long> old = new ArrayList<>(assessmentIds(ALEX));
        old.addAll(assessmentIds(SAM));
        Assessment recent = assessment(ALEX, NOW.minus(Duration.ofDays(729)), SelfLevel.WORKING);
        store.saveAssessment(recent);

        assertThat(store.deleteAssessmentsBefore(NOW.minus(Duration.ofDays(730)))).isEqualTo(2);

        assertThat(store.latestAssessments(ALEX, 10)).containsExactly(recent);
        assertThat(store.latestAssessments(SAM, 10)).isEmpty();
        assertThat(ratingRows(old)).isZero();
        assertThat(count("SELECT COUNT(*) FROM self_assessment_rating")).isEqualTo(4);
        assertThat(store.profile(ALEX)).as("a profile is not an assessment").isPresent();
        assertThat(store.deleteAssessmentsBefore(NOW.minus(Duration.ofDays(730)))).isZero();
    }

    @Test
    void anAssessmentOfSomeoneWithNoProfileIsNotKept() {
        assertThat(store.saveAssessment(assessment(ALEX, NOW, SelfLevel.EXPERT))).isFalse();
        known(ALEX);
        store.forget(ALEX);
        assertThat(store.saveAssessment(assessment(ALEX, NOW, SelfLevel.EXPERT))).as("after forget me").isFalse();
        assertThat(rows("self_assessment", ALEX)).isZero();
        assertThat(count("SELECT COUNT(*) FROM self_assessment_rating")).isZero();
    }

    @Test
    void forgetMeAtTheSameMomentAsASubmissionLeavesNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                known(ALEX);
                CountDownLatch start = new CountDownLatch(1);
                Future<Boolean> saved = pool.submit(() -> {
                    start.await();
                    return store.saveAssessment(assessment(ALEX, NOW, SelfLevel.EXPERT));
                });
                Future<ProfileStore.Forgotten> forgotten = pool.submit(() -> {
                    start.await();
                    return store.forget(ALEX);
                });
                start.countDown();
                saved.get(10, TimeUnit.SECONDS);
                forgotten.get(10, TimeUnit.SECONDS);
                assertThat(rows("self_assessment", ALEX)).as("round " + round).isZero();
                assertThat(rows("person_profile", ALEX)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void known(PersonKey... people) {
        for (PersonKey person : people) {
            store.saveProfile(new Profile(person, "Data scientist", "Data scientist", Optional.empty(), NOW));
        }
    }

    /** Four skills, in an order that is not alphabetical; the first rated {@code top}. */
    static Assessment assessment(PersonKey person, Instant at, SelfLevel top) {
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        ratings.put("User focus", top);
        ratings.put("Communicating analysis", SelfLevel.PRACTITIONER);
        ratings.put("Data engineering and manipulation", SelfLevel.NOT_YET);
        ratings.put("Agile", SelfLevel.AWARENESS);
        return new Assessment(person, "Data scientist", "Data scientist", at, ratings);
    }

    private int rows(String table, PersonKey person) {
        return db.jdbc().sql("SELECT COUNT(*) FROM " + table + " WHERE platform = ? AND workspace_id = ? AND user_id = ?")
                .params(person.platform().storedAs(), person.workspace(), person.userId())
                .query(Integer.class).single();
    }

    private List<Long> assessmentIds(PersonKey person) {
        return db.jdbc().sql("SELECT id FROM self_assessment WHERE platform = ? AND workspace_id = ? AND user_id = ?")
                .params(person.platform().storedAs(), person.workspace(), person.userId())
                .query(Long.class).list();
    }

    private int ratingRows(List<Long> assessmentIds) {
        assertThat(assessmentIds).isNotEmpty();
        return db.jdbc().sql("SELECT COUNT(*) FROM self_assessment_rating WHERE assessment_id IN ("
                        + String.join(",", Collections.nCopies(assessmentIds.size(), "?")) + ")")
                .params(new ArrayList<Object>(assessmentIds))
                .query(Integer.class).single();
    }

    private int count(String sql) {
        return db.jdbc().sql(sql).query(Integer.class).single();
    }
}
