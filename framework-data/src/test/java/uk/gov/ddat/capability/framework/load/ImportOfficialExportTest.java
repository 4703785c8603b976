package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Track;

/** Imports the real export (CI only; see {@link OfficialExportSupport}). */
class ImportOfficialExportTest {

    private static ExportImporter.Result result;
    private static FrameworkModel model;

    @BeforeAll
    static void importExport() {
        result = new ExportImporter().importFrom(ExportReader.fromDirectory(OfficialExportSupport.exportDir()));
        model = result.model();
    }

    @Test
    void hasEveryRoleSkillAndRow() {
        assertThat(model.roles()).hasSize(52);
        assertThat(model.skills()).hasSize(188);
        assertThat(result.rowsRead()).isEqualTo(1825);
        // 16 rows (Business analyst and Data analyst) repeat an earlier row word for word; the
        // other 1,809 are distinct (role level, skill) cells, 28 of them for Senior Civil Service roles.
        assertThat(result.repeatedRowsIgnored()).isEqualTo(16);
        assertThat(model.requirementCount()).isEqualTo(1825 - 16);
        assertThat(model.roles().stream().filter(r -> r.levels().isEmpty()))
                .extracting(Role::name).containsExactlyInAnyOrder("Chief data officer",
                        "Chief digital and information officer", "Chief information security officer",
                        "Chief technology officer");
        assertThat(model.families()).hasSize(8);
    }

    @Test
    void infrastructureOperationsEngineerMatchesTheBundledDataCellForCell() {
        FrameworkModel bundled = new BundledDataReader().readBundled();
        Role fromExport = model.role("Infrastructure operations engineer").orElseThrow();
        Role fromSeed = bundled.role("Infrastructure operations engineer").orElseThrow();
        assertThat(fromExport.levels()).extracting(RoleLevel::name)
                .containsExactlyElementsOf(fromSeed.levels().stream().map(RoleLevel::name).toList());
        assertThat(cells(fromExport)).containsExactlyElementsOf(cells(fromSeed));
        assertThat(fromExport.levels()).extracting(RoleLevel::youWill)
                .containsExactlyElementsOf(fromSeed.levels().stream().map(RoleLevel::youWill).toList());
    }

    @Test
    void softwareDeveloperLevelsComeOutInProgressionOrder() {
        Role developer = model.role("Software developer").orElseThrow();
        assertThat(developer.levels(Track.MAIN)).extracting(RoleLevel::name).containsExactly(
                "Apprentice developer", "Junior developer", "Developer", "Senior developer", "Lead developer",
                "Principal developer");
        assertThat(developer.levels(Track.MANAGEMENT)).extracting(RoleLevel::name).containsExactly(
                "Senior developer - management", "Lead developer - management", "Principal developer - management");
    }

    @Test
    void theBundledGradesAreLaidOverTheExport() {
        FrameworkModel loaded = new FrameworkLoader(FrameworkSourceConfig.exportDirectory(OfficialExportSupport.exportDir()))
                .load();
        Role role = loaded.role("Infrastructure operations engineer").orElseThrow();
        assertThat(role.levels().get(0).grades()).containsExactly(Grade.AO, Grade.EO);
        assertThat(role.levels().get(4).grades()).containsExactly(Grade.G7, Grade.G6);
        assertThat(loaded.roles()).hasSize(52);
        assertThat(loaded.skill("Incident management").orElseThrow().description()).isPresent();
    }

    private static List<String> cells(Role role) {
        List<String> cells = new ArrayList<>();
        for (RoleLevel level : role.levels()) {
            level.skills().forEach(s -> cells.add(level.name() + " | " + s.skill() + " | " + s.level()));
        }
        return cells;
    }
}
