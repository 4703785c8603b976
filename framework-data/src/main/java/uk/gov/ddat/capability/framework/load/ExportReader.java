package uk.gov.ddat.capability.framework.load;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Fetches the export's files from a folder or from a web address. */
public final class ExportReader {

    static final String ROLES_FILE = "roles.csv";
    static final String SKILLS_FILE = "skills.csv";

    private ExportReader() {
    }

    /** roles.csv must be in the folder; skills.csv is read when present. */
    public static ExportFiles fromDirectory(Path dir) {
        Path roles = dir.resolve(ROLES_FILE);
        Path skills = dir.resolve(SKILLS_FILE);
        if (!Files.isRegularFile(roles)) {
            throw new FrameworkDataException(List.of(roles + ": not found (FRAMEWORK_EXPORT_DIR must be "
                    + "a folder holding the export's roles.csv and, optionally, skills.csv)"));
        }
        try {
            Optional<byte[]> skillBytes = Files.isRegularFile(skills) ? Optional.of(Files.readAllBytes(skills))
                    : Optional.empty();
            return new ExportFiles(roles.toString(), Files.readAllBytes(roles), skills.toString(), skillBytes,
                    dir.toString());
        } catch (IOException e) {
            throw new FrameworkDataException(dir + ": cannot read the export (" + e.getMessage() + ")", e);
        }
    }

    /**
     * {@code url} names roles.csv or the folder that holds it ("https://host/export/"); skills.csv is
     * fetched beside it and is optional (a 404 means there is none). Redirects are not followed,
     * each file may be at most {@code maxBytes}, and both together must arrive within {@code timeout}.
     */
    public static ExportFiles fromUrl(URI url, Duration timeout, long maxBytes) {
        URI base = url.getPath() == null || url.getPath().endsWith("/") ? url : url.resolve(".");
        URI roles = base.resolve(ROLES_FILE);
        URI skills = base.resolve(SKILLS_FILE);
        BoundedDownload download = new BoundedDownload(timeout, maxBytes);
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] roleBytes = download.get(roles, deadline, timeout)
                .orElseThrow(() -> new FrameworkDataException(List.of(roles + ": not found (HTTP 404)")));
        return new ExportFiles(roles.toString(), roleBytes, skills.toString(), download.get(skills, deadline, timeout),
                url.toString());
    }

    /** With the default size limit. */
    public static ExportFiles fromUrl(URI url, Duration timeout) {
        return fromUrl(url, timeout, FrameworkSourceConfig.DEFAULT_FETCH_MAX_BYTES);
    }
}
