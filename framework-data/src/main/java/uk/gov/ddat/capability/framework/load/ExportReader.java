package uk.gov.ddat.capability.framework.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
     * fetched beside it and is optional (a 404 means there is none).
     */
    public static ExportFiles fromUrl(URI url, Duration timeout) {
        URI base = url.getPath() == null || url.getPath().endsWith("/") ? url : url.resolve(".");
        URI roles = base.resolve(ROLES_FILE);
        URI skills = base.resolve(SKILLS_FILE);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        byte[] roleBytes = fetch(client, roles, timeout)
                .orElseThrow(() -> new FrameworkDataException(List.of(roles + ": not found (HTTP 404)")));
        return new ExportFiles(roles.toString(), roleBytes, skills.toString(), fetch(client, skills, timeout),
                url.toString());
    }

    private static Optional<byte[]> fetch(HttpClient client, URI uri, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new FrameworkDataException(List.of(uri + ": HTTP " + response.statusCode()));
            }
            return Optional.of(response.body());
        } catch (IOException e) {
            throw new FrameworkDataException(uri + ": cannot fetch (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FrameworkDataException(uri + ": interrupted while fetching", e);
        }
    }
}
