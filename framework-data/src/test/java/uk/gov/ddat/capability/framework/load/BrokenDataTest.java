package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.ddat.capability.framework.FrameworkModel;

/** Every kind of broken data is refused with where and what, and nothing half-loaded serves. */
class BrokenDataTest {

    private static final String FILE = "broken.yml";
    private final BundledDataReader reader = new BundledDataReader();
    private final String bundledYaml = bundledYaml();

    @Test
    void unknownSkillLevelInYaml() {
        String yaml = bundledYaml.replaceFirst("Testing: expert", "Testing: expertt");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining(FILE + ", at families[0].roles[0].levels[4].skills[\"Testing\"]")
                .hasMessageContaining("unknown skill level 'expertt'");
    }

    @Test
    void duplicateRoleLevelInYaml() {
        String yaml = bundledYaml.replace("- name: Lead infrastructure operations engineer",
                "- name: Senior infrastructure operations engineer");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining(FILE + ", at families[0].roles[0].levels[3]")
                .hasMessageContaining("duplicate role level 'Senior infrastructure operations engineer'");
    }

    @Test
    void levelWithNoSkillsInYaml() {
        String yaml = bundledYaml.replaceFirst("(?s)(grades: \\[AO, EO\\]\\n)\\s+skills:\\n(\\s+\\S.*?: awareness\\n){4}",
                "$1            skills: {}\n");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining(FILE + ", at families[0].roles[0].levels[0].skills")
                .hasMessageContaining("role level 'Associate infrastructure operations engineer' has no skills");
    }

    @Test
    void requirementNamingNoKnownSkillInYaml() {
        String yaml = bundledYaml.replaceFirst("Incident management: awareness", "Incidnet management: awareness");
        assertThatThrownBy(() -> read(yaml))
                .hasMessageContaining(FILE + ", at families[0].roles[0].levels[0].skills[\"Incidnet management\"]")
                .hasMessageContaining("'Incidnet management' is not a known skill");
    }

    @Test
    void severalProblemsAreReportedTogether() {
        String yaml = bundledYaml.replaceFirst("Testing: expert", "Testing: guru").replace("grades: [G7, G6]", "grades: [G7, G5]");
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOfSatisfying(FrameworkDataException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("unknown grade 'G5'")
                .hasMessageContaining("unknown skill level 'guru'");
    }

    @Test
    void yamlSyntaxAndUnknownKeysNameTheLine() {
        String yaml = bundledYaml.replace("    roles:\n", "    rolez:\n");
        assertThatThrownBy(() -> read(yaml)).hasMessageMatching("(?s)" + FILE + ", line \\d+: .*rolez.*");
    }

    @Test
    void nonUtf8YamlNamesTheLine() {
        byte[] latin1 = bundledYaml.replace("Testing: expert", "Testing: expert # caf\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        int expectedLine = lineOf(bundledYaml, "Testing: expert");
        assertThatThrownBy(() -> reader.read(latin1, FILE))
                .hasMessageContaining(FILE + ", line " + expectedLine + ": the file is not valid UTF-8");
    }

    @Test
    void missingCsvColumn(@TempDir Path dir) throws IOException {
        String roles = Files.readString(ExportImporterTest.FIXTURE.resolve("roles.csv"))
                .replaceFirst("Skill Level,", "Skill Grade,");
        Files.writeString(dir.resolve("roles.csv"), roles);
        assertThatThrownBy(() -> importFrom(dir))
                .hasMessageContaining("roles.csv, line 1: missing column 'Skill Level'");
    }

    @Test
    void unknownSkillLevelInCsvNamesTheRowsFirstLine(@TempDir Path dir) throws IOException {
        String roles = Files.readString(ExportImporterTest.FIXTURE.resolve("roles.csv"))
                .replace("MISSING,Expert,", "MISSING,Expret,")
                .replace("\"Programming means writing code (fixture).\",Expert,", "\"Programming means writing code (fixture).\",Expret,");
        Files.writeString(dir.resolve("roles.csv"), roles);
        int expectedLine = lineOf(roles, "Lead developer,");
        assertThatThrownBy(() -> importFrom(dir))
                .hasMessageContaining("roles.csv, line " + expectedLine + ": unknown skill level 'Expret'");
    }

    @Test
    void nonUtf8Csv(@TempDir Path dir) throws IOException {
        String roles = Files.readString(ExportImporterTest.FIXTURE.resolve("roles.csv")).replace("Apprentice", "Appr\u00e9ntice");
        Files.write(dir.resolve("roles.csv"), roles.getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> importFrom(dir))
                .hasMessageContaining("roles.csv, line " + lineOf(roles, "Appr") + ": the file is not valid UTF-8");
    }

    @Test
    void skillNotInSkillsCsv(@TempDir Path dir) throws IOException {
        Files.copy(ExportImporterTest.FIXTURE.resolve("roles.csv"), dir.resolve("roles.csv"));
        Files.writeString(dir.resolve("skills.csv"), "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert\n"
                + "Programming,,,,,");
        assertThatThrownBy(() -> importFrom(dir)).hasMessageContaining("skill 'Testing' is not in skills.csv");
    }

    @Test
    void missingExportFolder(@TempDir Path dir) {
        assertThatThrownBy(() -> ExportReader.fromDirectory(dir.resolve("nowhere")))
                .hasMessageContaining("roles.csv: not found");
    }

    @Test
    void aFailedReloadKeepsThePreviousModelServingAndIsVisible() {
        FrameworkModel good = reader.readBundled();
        AtomicReference<String> next = new AtomicReference<>(bundledYaml);
        CurrentFramework current = new CurrentFramework(() -> read(next.get()), "test data", Clock.systemUTC());
        assertThat(current.model().roles()).hasSize(good.roles().size());
        FrameworkModel before = current.model();

        next.set(bundledYaml.replaceFirst("Testing: expert", "Testing: expertt"));
        assertThat(current.reload()).isFalse();
        assertThat(current.model()).isSameAs(before);
        assertThat(current.status().version()).isEqualTo(1);
        assertThat(current.status().lastFailure()).hasValueSatisfying(m -> assertThat(m).contains("expertt"));

        next.set(bundledYaml);
        assertThat(current.reload()).isTrue();
        assertThat(current.model()).isNotSameAs(before);
        assertThat(current.status().version()).isEqualTo(2);
        assertThat(current.status().lastFailure()).isEqualTo(Optional.empty());
    }

    private FrameworkModel read(String yaml) {
        return reader.read(yaml.getBytes(StandardCharsets.UTF_8), FILE);
    }

    private static ExportImporter.Result importFrom(Path dir) {
        return new ExportImporter().importFrom(ExportReader.fromDirectory(dir));
    }

    private static int lineOf(String text, String needle) {
        String before = text.substring(0, text.indexOf(needle));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private static String bundledYaml() {
        try (InputStream in = BundledDataReader.class.getResourceAsStream(BundledDataReader.BUNDLED_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
