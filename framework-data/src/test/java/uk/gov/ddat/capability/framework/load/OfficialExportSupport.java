package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the official export for the tests that need it. They run only when the build is given
 * {@code -Dframework.export.dir=...} (see the pom's official-export profile) and then fail, never
 * skip, if the files are not there.
 */
public final class OfficialExportSupport {

    public static final String PROPERTY = "framework.export.dir";

    private OfficialExportSupport() {
    }

    public static Path exportDir() {
        String dir = System.getProperty(PROPERTY, "");
        assertThat(dir).as("system property %s (the folder of the official export)", PROPERTY).isNotBlank();
        Path path = resolve(dir);
        assertThat(path.resolve("roles.csv")).as("the export's roles.csv").isRegularFile();
        assertThat(path.resolve("skills.csv")).as("the export's skills.csv").isRegularFile();
        assertThat(Files.isReadable(path.resolve("roles.csv"))).isTrue();
        return path;
    }

    /** A relative path is taken from the repository root, as .ci/run and docs/benchmarks.md give it. */
    public static Path resolve(String dir) {
        Path path = Path.of(dir);
        String root = System.getProperty("repository.root", "");
        if (!path.isAbsolute() && !root.isBlank()) {
            path = Path.of(root).resolve(path);
        }
        return path.toAbsolutePath().normalize();
    }
}
