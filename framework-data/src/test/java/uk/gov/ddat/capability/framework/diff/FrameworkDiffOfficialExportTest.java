package uk.gov.ddat.capability.framework.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;
import uk.gov.ddat.capability.framework.load.OfficialExportSupport;

/** The facts and the difference on the official export: every name survives the stored form. */
class FrameworkDiffOfficialExportTest {

    private final FrameworkModel model =
            new FrameworkLoader(FrameworkSourceConfig.exportDirectory(OfficialExportSupport.exportDir())).load();

    @Test
    void theStoredFactsReadBackToTheSameContentAndStaySmall() {
        FrameworkFacts facts = FrameworkFacts.of(model);

        FrameworkFacts read = FrameworkFacts.parse(facts.text());

        assertThat(read.text()).isEqualTo(facts.text());
        assertThat(FrameworkDiff.between(read, FrameworkFacts.of(model)).isEmpty()).isTrue();
        assertThat(facts.size()).isGreaterThan(model.requirementCount());
        assertThat(facts.text().getBytes(StandardCharsets.UTF_8).length).as("bytes kept in the database")
                .isLessThan(2_000_000);
    }

    @Test
    void aRoleTakenOutIsOneChangeAndItsChangesReadBack() {
        List<RoleFamily> families = new ArrayList<>(model.families());
        RoleFamily first = families.get(0);
        Role gone = first.roles().get(0);
        families.set(0, new RoleFamily(first.name(), first.roles().subList(1, first.roles().size())));

        ChangeSet changes = FrameworkDiff.between(model, new FrameworkModel(model.source(), families, model.skills()));

        assertThat(changes.changes()).containsExactly(new Change(Change.Kind.REMOVED, Change.Subject.ROLE,
                List.of(gone.name()), gone.family(), ""));
        assertThat(ChangeSet.parseChanges(changes.changesText())).isEqualTo(changes.changes());
    }
}
