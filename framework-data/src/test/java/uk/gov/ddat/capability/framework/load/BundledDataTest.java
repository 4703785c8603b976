package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.Track;

/** The bundled data against the published page it was transcribed from. */
class BundledDataTest {

    private final FrameworkModel model = new BundledDataReader().readBundled();
    private final Role role = model.role("Infrastructure operations engineer").orElseThrow();

    /**
     * The page's skills table, one row per skill, one column per level (associate .. principal);
     * "-" where the level does not list the skill. Written out independently of the YAML.
     */
    private static final String SEED_TABLE = """
            Asset and configuration management     | -         | working   | working | working      | practitioner
            Availability and capacity management   | -         | working   | working | working      | practitioner
            Change management                      | -         | awareness | working | practitioner | practitioner
            Coding and scripting                   | -         | awareness | awareness | working    | working
            Continual service improvement          | -         | awareness | working | working      | practitioner
            Incident management                    | awareness | awareness | working | practitioner | practitioner
            Ownership and initiative               | awareness | working   | working | practitioner | practitioner
            Problem management                     | awareness | awareness | working | working      | practitioner
            Service focus                          | -         | working   | working | working      | practitioner
            Service management framework knowledge | -         | awareness | awareness | working    | practitioner
            Technical specialism                   | -         | awareness | working | practitioner | expert
            Technical understanding                | -         | awareness | working | working      | practitioner
            Testing                                | -         | awareness | working | practitioner | expert
            User focus                             | awareness | working   | working | practitioner | expert
            """;

    @Test
    void hasFiveLevelsInProgressionOrderWithTheirGrades() {
        assertThat(role.levels()).extracting(RoleLevel::name).containsExactly(
                "Associate infrastructure operations engineer",
                "Infrastructure operations engineer",
                "Senior infrastructure operations engineer",
                "Lead infrastructure operations engineer",
                "Principal infrastructure operations engineer");
        assertThat(role.levels()).extracting(RoleLevel::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(role.levels()).extracting(RoleLevel::track).containsOnly(Track.MAIN);
        assertThat(role.levels()).extracting(RoleLevel::grades).containsExactly(
                List.of(Grade.AO, Grade.EO),
                List.of(Grade.EO, Grade.HEO),
                List.of(Grade.HEO, Grade.SEO),
                List.of(Grade.SEO, Grade.G7),
                List.of(Grade.G7, Grade.G6));
    }

    @Test
    void everyCellOfTheSkillsTableMatchesThePage() {
        List<String> expected = new ArrayList<>();
        for (String line : SEED_TABLE.strip().split("\n")) {
            String[] cells = line.split("\\|");
            for (int level = 1; level < cells.length; level++) {
                String cell = cells[level].trim();
                if (!cell.equals("-")) {
                    expected.add(level + " " + cells[0].trim() + " " + cell);
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (RoleLevel level : role.levels()) {
            level.skills().forEach(s -> actual.add(level.position() + " " + s.skill() + " " + s.level().label()));
        }
        assertThat(expected).hasSize(60);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(model.requirementCount()).isEqualTo(60);
    }

    @Test
    void youWillListsAndSummariesAreThePages() {
        RoleLevel associate = role.levels().get(0);
        assertThat(associate.summary()).startsWith("As a trainee, you will work in an established team");
        assertThat(associate.youWill()).isEmpty();
        assertThat(role.levels()).extracting(l -> l.youWill().size()).containsExactly(0, 4, 4, 5, 2);
        assertThat(role.levels().get(1).youWill()).containsExactly(
                "create and maintain documentation",
                "perform all routine tasks according to process and checklists",
                "monitor infrastructure and applications services",
                "alert and take appropriate action");
        assertThat(role.levels().get(2).youWill()).contains("coach and mentor junior team members");
        assertThat(role.levels().get(3).youWill()).startsWith("manage operational support of IT solutions and services");
        assertThat(role.levels().get(4).youWill().get(1)).startsWith("own the operational relationships with suppliers");
        assertThat(role.description()).isEqualTo("An infrastructure operations engineer supports, manages and "
                + "maintains the core infrastructure that underpins production services.");
    }

    @Test
    void inventsNoSkillDescriptionsAndRecordsItsSource() {
        assertThat(model.skills()).hasSize(14);
        assertThat(model.skills()).allSatisfy(skill -> {
            assertThat(skill.description()).isEmpty();
            assertThat(skill.youCan()).isEmpty();
        });
        assertThat(model.source().lastUpdated()).contains(LocalDate.of(2024, 8, 30));
        assertThat(model.source().licence()).contains("Open Government Licence v3.0");
        assertThat(role.url()).isEqualTo(PublishedPages.roleUrl(role.name()));
    }

    @Test
    void lookupsAreCaseInsensitiveAndExact() {
        assertThat(model.skill("INCIDENT MANAGEMENT")).isPresent();
        assertThat(model.skill("incident")).isEmpty();
        assertThat(model.level("senior infrastructure operations engineer")).isPresent();
        assertThat(model.levelsAtGrade(Grade.SEO)).extracting(l -> l.level().position()).containsExactly(3, 4);
        assertThat(model.levelsAtGrade(Grade.AA)).isEmpty();
        assertThat(model.rolesNeeding("testing")).containsExactly(role);
        assertThat(role.next(role.levels().get(2))).contains(role.levels().get(3));
        assertThat(role.previous(role.levels().get(0))).isEmpty();
        assertThat(SkillLevel.WORKING.scaleDescription()).isEqualTo("Working is the second of 4 ascending skill levels");
        assertThat(Grade.parse("grade 7")).contains(Grade.G7);
    }
}
