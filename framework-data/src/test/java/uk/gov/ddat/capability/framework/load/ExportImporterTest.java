package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.Track;

/** The importer on a small fixture that has every quirk of the real export. */
class ExportImporterTest {

    static final Path FIXTURE = Path.of("src/test/resources/export");

    private final ExportImporter.Result result = new ExportImporter().importFrom(ExportReader.fromDirectory(FIXTURE));
    private final FrameworkModel model = result.model();
    private final Role developer = model.role("software developer").orElseThrow();

    @Test
    void ordersLevelsByProgressionWithTheManagementTrackKeptApart() {
        assertThat(developer.levels(Track.MAIN)).extracting(RoleLevel::name).containsExactly(
                "Apprentice developer", "Junior developer", "Developer", "Senior developer", "Lead developer");
        assertThat(developer.levels(Track.MAIN)).extracting(RoleLevel::position).containsExactly(1, 2, 3, 4, 5);
        assertThat(developer.levels(Track.MANAGEMENT)).extracting(RoleLevel::name).containsExactly(
                "Senior developer - management", "Lead developer - management");
        assertThat(developer.levels(Track.MANAGEMENT)).extracting(RoleLevel::position).containsExactly(1, 2);
    }

    @Test
    void splitsDescriptionsIntoProseAndBullets() {
        assertThat(developer.description()).isEqualTo("A software developer builds things (fixture).");
        assertThat(developer.youWill()).containsExactly("write code", "review code");
        RoleLevel level = developer.level("Developer").orElseThrow();
        assertThat(level.summary()).isEqualTo("A developer works on a team (fixture).");
        assertThat(level.youWill()).containsExactly("ship features");
        assertThat(level.requirement("programming").orElseThrow().youCan())
                .containsExactly("write working programs", "fix bugs");
    }

    @Test
    void treatsMissingAndEmptyDescriptionsAsAbsentAndPrefersSkillsCsv() {
        Skill programming = model.skill("Programming").orElseThrow();
        // skills.csv leaves it blank; roles.csv has it once among the "MISSING" cells.
        assertThat(programming.description()).contains("Programming means writing code (fixture).");
        assertThat(programming.youCanAt(SkillLevel.EXPERT)).containsExactly("design large programs");
        Skill testing = model.skill("Testing").orElseThrow();
        assertThat(testing.description()).contains("Testing means checking that things work (fixture).");
        assertThat(testing.youCanAt(SkillLevel.AWARENESS)).isEmpty();
    }

    @Test
    void keepsSeniorCivilServiceRolesWithoutLevels() {
        Role cto = model.role("Chief technology officer").orElseThrow();
        assertThat(cto.levels()).isEmpty();
        assertThat(cto.roleType()).contains("Senior Civil Service");
        assertThat(cto.unlevelledSkills()).containsExactly("Programming");
        assertThat(model.rolesNeeding("programming")).extracting(Role::name)
                .containsExactly("Software developer", "Chief technology officer");
    }

    @Test
    void normalisesWhiteSpaceAndIgnoresRowsRepeatedWordForWord() {
        assertThat(developer.level("Junior developer")).isPresent();
        assertThat(result.rowsRead()).isEqualTo(10);
        assertThat(result.repeatedRowsIgnored()).isEqualTo(1);
        assertThat(model.requirementCount()).isEqualTo(9);
        assertThat(developer.level("Senior developer").orElseThrow().skills()).hasSize(2);
    }

    @Test
    void worksWithoutSkillsCsv() {
        ExportFiles rolesOnly = ExportReader.fromDirectory(FIXTURE);
        ExportFiles withoutSkills = new ExportFiles(rolesOnly.rolesName(), rolesOnly.roles(), "skills.csv",
                Optional.empty(), "fixture");
        FrameworkModel fromRoles = new ExportImporter().importFrom(withoutSkills).model();
        assertThat(fromRoles.skills()).extracting(Skill::name).containsExactly("Programming", "Testing");
        assertThat(fromRoles.skill("Programming").orElseThrow().youCanAt(SkillLevel.WORKING))
                .containsExactly("write working programs", "fix bugs");
        assertThat(fromRoles.skill("Testing").orElseThrow().description()).isEmpty();
    }

    @Test
    void gradesFromTheHandWrittenDataAreLaidOverTheExportLevelsOfTheSameName() throws Exception {
        FrameworkModel withGrades = new BundledDataReader().read(
                Path.of("src/test/resources/bundled/software-developer-grades.yml"));
        assertThat(developer.levels()).allSatisfy(level -> assertThat(level.grades()).isEmpty());

        Role overlaid = GradeOverlay.apply(model, withGrades).role("Software developer").orElseThrow();
        assertThat(overlaid.level("Junior developer").orElseThrow().grades()).extracting(Grade::code)
                .containsExactly("EO");
        assertThat(overlaid.level("Senior developer").orElseThrow().grades()).extracting(Grade::code)
                .containsExactly("HEO", "SEO");
        // Levels the hand-written data does not name keep no grades; its extra level is not added.
        assertThat(overlaid.level("Lead developer").orElseThrow().grades()).isEmpty();
        assertThat(overlaid.level("Senior developer - management").orElseThrow().grades()).isEmpty();
        assertThat(overlaid.level("Principal developer")).isEmpty();
        // Everything else is as the export says.
        assertThat(overlaid.levels()).extracting(RoleLevel::name)
                .containsExactlyElementsOf(developer.levels().stream().map(RoleLevel::name).toList());
        assertThat(overlaid.level("Senior developer").orElseThrow().skills())
                .isEqualTo(developer.level("Senior developer").orElseThrow().skills());
        assertThat(overlaid.description()).isEqualTo(developer.description());
    }

    @Test
    void layTheBundledGradesOverTheExport() {
        FrameworkModel bundled = new BundledDataReader().readBundled();
        FrameworkModel overlaid = GradeOverlay.apply(model, bundled);
        assertThat(overlaid.roles()).hasSameSizeAs(model.roles());
        assertThat(overlaid.role("Software developer").orElseThrow().levels())
                .allSatisfy(level -> assertThat(level.grades()).isEmpty());
        assertThat(List.copyOf(overlaid.skills())).isEqualTo(model.skills());
    }

    @Test
    void levelOrderReadsTheNamesOfManagerRolesToo() {
        List<String> names = List.of("Service desk manager", "Head of service desk", "Senior service desk analyst",
                "Service desk analyst");
        assertThat(LevelOrder.sort(names, "Service desk manager", n -> n, n -> 0)).containsExactly(
                "Service desk analyst", "Senior service desk analyst", "Service desk manager", "Head of service desk");
        assertThat(LevelOrder.sort(List.of("Head of data ethics", "Data ethics lead"), "Data ethicist", n -> n, n -> 0))
                .containsExactly("Data ethics lead", "Head of data ethics");
    }
}
