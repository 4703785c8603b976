package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.node.ObjectNode;

/**
 * The packaged Teams manifest against Microsoft's manifest schema 1.17, from the shared folder
 * named by -Dshared.dir (relative paths from the repository root). Fails, never skips, without it.
 */
class TeamsAppManifestSharedTest {

    @Test
    void thePackagedManifestMatchesTheTeamsManifestSchema() throws IOException {
        List<Error> errors = schema().validate(TeamsAppPackageTest.manifest());
        assertThat(errors).as("Teams manifest schema errors").isEmpty();
    }

    @Test
    void theSchemaCatchesAManifestWithoutItsId() throws IOException {
        var manifest = (ObjectNode) TeamsAppPackageTest.manifest();
        manifest.put("id", "{{TEAMS_APP_ID}}");
        assertThat(schema().validate(manifest)).as("a placeholder id is refused").isNotEmpty();
    }

    /** The schema declares draft-04, whose rules the validator then applies. */
    private static Schema schema() throws IOException {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                .getSchema(Files.readString(sharedDir().resolve("schemas/teams-manifest-1.17.schema.json")));
    }

    private static Path sharedDir() {
        String dir = System.getProperty("shared.dir", "");
        assertThat(dir).as("-Dshared.dir (the shared folder beside the repository)").isNotBlank();
        Path path = Path.of(dir);
        if (!path.isAbsolute()) {
            path = Path.of(System.getProperty("repository.root", "..")).resolve(path).normalize();
        }
        assertThat(path.resolve("schemas/teams-manifest-1.17.schema.json")).as("the Teams manifest schema")
                .isRegularFile();
        return path;
    }
}
