package uk.gov.ddat.capability.bot.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
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
 * The organisation view's counts in a real database: only groups of at least the minimum, each
 * person once (their latest assessment), no ids. {@link OrganisationCountsH2Test},
 * {@link OrganisationCountsPostgresTest}.
 */
abstract class OrganisationCountsContract {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final String ROLE = "Infrastructure operations engineer";
    static final String SENIOR = "Senior infrastructure operations engineer";
    static final String LEAD = "Lead infrastructure operations engineer";

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final ProfileStore profiles = new ProfileStore(db.jdbc(), db.transactions());
    private final OrganisationCounts counts = new OrganisationCounts(db.jdbc(), 5);

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aGroupOfFewerThanTheMinimumIsLeftOutWhole() {
        for (int i = 0; i < 4; i++) {
            assessed("U" + i, SENIOR, NOW, Map.of("Incident management", SelfLevel.WORKING));
        }
        OrganisationCounts.Counts four = counts.counts();
        assertThat(four.levels()).isEmpty();
        assertThat(four.groupsLeftOut()).isEqualTo(1);

        assessed("U4", SENIOR, NOW, Map.of("Incident management", SelfLevel.EXPERT));
        OrganisationCounts.Counts five = counts.counts();
        assertThat(five.levels()).hasSize(1);
        OrganisationCounts.Level level = five.levels().get(0);
        assertThat(level.role()).isEqualTo(ROLE);
        assertThat(level.level()).isEqualTo(SENIOR);
        assertThat(level.people()).isEqualTo(5);
        assertThat(level.skills()).hasSize(1);
        assertThat(level.skills().get(0).ratings()).containsExactly(Map.entry("not_yet", 0),
                Map.entry("awareness", 0), Map.entry("working", 4), Map.entry("practitioner", 0),
                Map.entry("expert", 1));
        assertThat(five.toString()).doesNotContain("U0").doesNotContain("U4").doesNotContain("T0001");
    }

    @Test
    void eachPersonCountsOnceByTheirLatestAssessmentAndSmallSkillsAreLeftOut() {
        for (int i = 0; i < 5; i++) {
            assessed("U" + i, SENIOR, NOW.minus(Duration.ofDays(10)), Map.of("Incident management", SelfLevel.AWARENESS));
            Map<String, SelfLevel> latest = new LinkedHashMap<>();
            latest.put("Incident management", SelfLevel.PRACTITIONER);
            if (i < 2) {
                latest.put("IT infrastructure", SelfLevel.WORKING); // rated by 2 people only
            }
            assessed("U" + i, SENIOR, NOW, latest);
        }
        assessed("U9", LEAD, NOW, Map.of("Incident management", SelfLevel.EXPERT)); // a level of one

        OrganisationCounts.Counts shown = counts.counts();

        assertThat(shown.levels()).extracting(OrganisationCounts.Level::level).containsExactly(SENIOR);
        OrganisationCounts.Level senior = shown.levels().get(0);
        assertThat(senior.skills()).extracting(OrganisationCounts.Skill::skill).containsExactly("Incident management");
        assertThat(senior.skills().get(0).people()).isEqualTo(5);
        assertThat(senior.skills().get(0).ratings()).containsEntry("practitioner", 5).containsEntry("awareness", 0);
        assertThat(shown.groupsLeftOut()).as("the lead level, and IT infrastructure at senior").isEqualTo(2);
    }

    @Test
    void aMinimumBelowTwoIsRefused() {
        assertThatThrownBy(() -> new OrganisationCounts(db.jdbc(), 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assessed(String user, String level, Instant at, Map<String, SelfLevel> ratings) {
        PersonKey person = new PersonKey(Platform.SLACK, "T0001", user);
        profiles.saveProfile(new Profile(person, ROLE, level, Optional.empty(), at));
        profiles.saveAssessment(new Assessment(person, ROLE, level, at, ratings));
    }
}
