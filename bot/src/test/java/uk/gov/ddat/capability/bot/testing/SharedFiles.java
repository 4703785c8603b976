package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workplace's shared folder (real Slack and Teams payloads, signing vectors, the schemas that
 * what the bot sends must satisfy), named by {@code -Dshared.dir} (CI: {@code ../shared}, relative
 * to the repository root). Only the {@code *SharedTest} suite and the schema checks use it; they
 * fail, never skip, when the property is set and the folder is missing.
 */
public final class SharedFiles {

    public static final String PROPERTY = "shared.dir";

    private SharedFiles() {
    }

    /** True when the build was told where the shared folder is (the shared suite is on). */
    public static boolean enabled() {
        return !System.getProperty(PROPERTY, "").isBlank();
    }

    public static Path dir() {
        String configured = System.getProperty(PROPERTY, "");
        assertThat(configured).as("-D%s (the shared folder with payloads and schemas)", PROPERTY).isNotBlank();
        Path path = Path.of(configured);
        if (!path.isAbsolute()) {
            String root = System.getProperty("repository.root", "");
            path = (root.isBlank() ? Path.of("..") : Path.of(root)).resolve(path);
        }
        Path shared = path.toAbsolutePath().normalize();
        assertThat(shared.resolve("payloads")).as("the shared payloads (-D%s=%s)", PROPERTY, configured).isDirectory();
        assertThat(shared.resolve("schemas")).as("the shared schemas (-D%s=%s)", PROPERTY, configured).isDirectory();
        return shared;
    }

    public static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload file, without the trailing newline an editor adds (Slack's bodies have none). */
    public static String payload(String name) {
        return read("payloads/" + name).stripTrailing();
    }
}
