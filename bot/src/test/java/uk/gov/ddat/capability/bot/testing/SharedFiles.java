package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workplace's shared folder beside the repository (../shared): real Slack and Teams payloads,
 * and the schemas that what the bot sends must satisfy. Tests fail, never skip, without it.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path dir() {
        String root = System.getProperty("repository.root", "");
        Path base = root.isBlank() ? Path.of("..").toAbsolutePath() : Path.of(root);
        Path shared = base.resolve("../shared").normalize();
        assertThat(shared.resolve("payloads")).as("the shared payloads beside the repository").isDirectory();
        return shared;
    }

    public static String read(String relative) {
        try {
            return Files.readString(dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A payload file, without the trailing newline an editor adds (Slack's bodies have none). */
    public static String payload(String name) {
        return read("payloads/" + name).stripTrailing();
    }
}
