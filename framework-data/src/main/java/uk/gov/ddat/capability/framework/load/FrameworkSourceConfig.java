package uk.gov.ddat.capability.framework.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where to load the framework from.
 *
 * @param exportDir    a folder holding the official export (FRAMEWORK_EXPORT_DIR)
 * @param exportUrl    the export's address, used when no folder is given (FRAMEWORK_EXPORT_URL)
 * @param fetchTimeout  the longest fetching the export from its address may take, bodies included
 * @param bundledFile   a YAML file to use instead of the data bundled in the jar (FRAMEWORK_DATA_FILE)
 * @param fetchMaxBytes the largest file fetched from the export's address
 */
public record FrameworkSourceConfig(Optional<Path> exportDir, Optional<URI> exportUrl, Duration fetchTimeout,
                                    Optional<Path> bundledFile, long fetchMaxBytes) {

    /** Far above the official export (roles.csv is about 2.5 MB). */
    public static final long DEFAULT_FETCH_MAX_BYTES = 32L * 1024 * 1024;

    public FrameworkSourceConfig(Optional<Path> exportDir, Optional<URI> exportUrl, Duration fetchTimeout,
                                 Optional<Path> bundledFile) {
        this(exportDir, exportUrl, fetchTimeout, bundledFile, DEFAULT_FETCH_MAX_BYTES);
    }

    public FrameworkSourceConfig {
        Objects.requireNonNull(exportDir, "exportDir");
        Objects.requireNonNull(exportUrl, "exportUrl");
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(bundledFile, "bundledFile");
    }

    /** Only the data bundled in the jar. */
    public static FrameworkSourceConfig bundledOnly() {
        return new FrameworkSourceConfig(Optional.empty(), Optional.empty(), Duration.ofSeconds(10), Optional.empty());
    }

    public static FrameworkSourceConfig exportDirectory(Path dir) {
        return new FrameworkSourceConfig(Optional.of(dir), Optional.empty(), Duration.ofSeconds(10), Optional.empty());
    }

    /** A short description for logs and the health endpoint. */
    public String describe() {
        String bundled = bundledFile.map(Path::toString).orElse("bundled data");
        return exportDir.map(d -> "official export in " + d + " + grades from " + bundled)
                .or(() -> exportUrl.map(u -> "official export at " + u + " + grades from " + bundled))
                .orElse(bundled);
    }
}
