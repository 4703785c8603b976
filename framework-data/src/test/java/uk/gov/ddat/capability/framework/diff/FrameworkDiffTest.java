package uk.gov.ddat.capability.framework.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.diff.Change.Kind;
import uk.gov.ddat.capability.framework.diff.Change.Subject;
import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/** The difference between two loads of the export fixture, as the scheduled reload sees them. */
class FrameworkDiffTest {

    private static final Path FIXTURE = Path.of("src/test/resources/export");

    @TempDir
    Path dir;

    @Test
    void aReloadOfAChangedExportYieldsExactlyItsChanges() throws IOException {
        copyFixture();
        CurrentFramework framework = new CurrentFramework(
                new FrameworkLoader(FrameworkSourceConfig.exportDirectory(dir)), Clock.systemUTC());
        FrameworkModel before = framework.model();

        String roles = Files.readString(dir.resolve("roles.csv"), StandardCharsets.UTF_8);
        roles = roles.replace("Testing,,Working", "Testing,,Practitioner")
                .replace("A lead developer leads (fixture).", "A lead developer leads teams (fixture).")
                .replaceAll("(?s)\nSoftware development,Software developer,\"A software developer builds things "
                        + "\\(fixture\\).\",Apprentice developer,.*?is\",\n", "\n").stripTrailing()
                + "\nData,Data analyst,\"An analyst analyses (fixture).\",Data analyst,\"Analyses (fixture).\","
                + "Testing,,Working,\"You can:\n- write tests\",\n";
        Files.writeString(dir.resolve("roles.csv"), roles, StandardCharsets.UTF_8);
        assertThat(framework.reload()).isTrue();

        ChangeSet changes = FrameworkDiff.between(before, framework.model());

        assertThat(changes.changes()).containsExactly(
                new Change(Kind.ADDED, Subject.ROLE, List.of("Data analyst"), "", "Data"),
                new Change(Kind.REMOVED, Subject.ROLE_LEVEL, List.of("Software developer", "Apprentice developer"),
                        "main", ""),
                new Change(Kind.CHANGED, Subject.SKILL_LEVEL, List.of("Software developer", "Senior developer",
                        "Testing"), "working", "practitioner"),
                new Change(Kind.CHANGED, Subject.DESCRIPTION, List.of("level", "Software developer",
                        "Lead developer"), digest(changes, 3, true), digest(changes, 3, false)),
                // The skill's own "You can" bullets per level come from the roles file, so they moved too.
                new Change(Kind.CHANGED, Subject.DESCRIPTION, List.of("skill", "Testing"), digest(changes, 4, true),
                        digest(changes, 4, false)));
        assertThat(changes.changes().get(3).before()).isNotEqualTo(changes.changes().get(3).after());
        assertThat(changes.changes()).extracting(Change::describe).containsExactly(
                "New role: Data analyst (Data)",
                "Role level removed: Software developer › Apprentice developer",
                "Software developer › Senior developer › Testing: now needed at practitioner level (was working)",
                "Description changed (level): Software developer › Lead developer",
                "Description changed (skill): Testing");
        assertThat(changes.from()).isNotEqualTo(changes.to());
    }

    @Test
    void aReloadOfTheSameContentIsNoChangeWithTheSameFingerprint() throws IOException {
        copyFixture();
        CurrentFramework framework = new CurrentFramework(
                new FrameworkLoader(FrameworkSourceConfig.exportDirectory(dir)), Clock.systemUTC());
        FrameworkModel before = framework.model();
        assertThat(framework.reload()).isTrue();

        ChangeSet changes = FrameworkDiff.between(before, framework.model());

        assertThat(framework.model()).isNotSameAs(before);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.from()).isEqualTo(changes.to());
    }

    @Test
    void storedFactsAndChangesReadBackAsTheyWere() throws IOException {
        copyFixture();
        FrameworkModel model = new FrameworkLoader(FrameworkSourceConfig.exportDirectory(dir)).load();
        FrameworkFacts facts = FrameworkFacts.of(model);

        FrameworkFacts read = FrameworkFacts.parse(facts.text());

        assertThat(read.fingerprint()).isEqualTo(facts.fingerprint());
        assertThat(read.text()).isEqualTo(facts.text());
        ChangeSet changes = FrameworkDiff.between(FrameworkFacts.parse(""), facts);
        assertThat(ChangeSet.parseChanges(changes.changesText())).isEqualTo(changes.changes());
        // From nothing, each role and skill is one change, not one per level, grade and description.
        assertThat(changes.changes()).hasSize(model.roles().size() + model.skills().size());
    }

    @Test
    void aSkillALevelNowNeedsOrNoLongerNeedsIsOneChange() throws IOException {
        copyFixture();
        FrameworkFacts with = FrameworkFacts.of(new FrameworkLoader(FrameworkSourceConfig.exportDirectory(dir)).load());
        String testingAtSenior = "Software developer" + Change.SEPARATOR + "Senior developer" + Change.SEPARATOR
                + "Testing\t";
        String text = with.text();
        assertThat(text.lines().filter(line -> line.contains(testingAtSenior))).hasSize(2); // its level and its bullets
        FrameworkFacts without = FrameworkFacts.parse(text.lines().filter(line -> !line.contains(testingAtSenior))
                .collect(java.util.stream.Collectors.joining("\n")));

        List<String> path = List.of("Software developer", "Senior developer", "Testing");
        assertThat(FrameworkDiff.between(without, with).changes())
                .containsExactly(new Change(Kind.ADDED, Subject.SKILL_LEVEL, path, "", "working"));
        assertThat(FrameworkDiff.between(with, without).changes())
                .containsExactly(new Change(Kind.REMOVED, Subject.SKILL_LEVEL, path, "working", ""));
    }

    private static String digest(ChangeSet changes, int index, boolean before) {
        Change change = changes.changes().get(Math.min(index, changes.changes().size() - 1));
        return before ? change.before() : change.after();
    }

    private void copyFixture() throws IOException {
        for (String file : List.of("roles.csv", "skills.csv")) {
            Files.copy(FIXTURE.resolve(file), dir.resolve(file));
        }
    }
}
