package uk.gov.ddat.capability.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run as a user runs it: the first --ask answers in its own JVM and prepares the
 * cache in the background; the next answers identically from the prepared JVM; a damaged cache is
 * dropped and made again, never shown to the user.
 */
class FastAskIT {

    private static final Duration PREPARATION_WAIT = Duration.ofMinutes(4);

    @TempDir
    Path cache;

    private final Path jar = Path.of(System.getProperty("bot.jar", "target/bot.jar"));

    @Test
    void theSecondAskAnswersTheSameFromThePreparedJvm() throws Exception {
        Run first = ask("--ask", "lead");
        assertThat(first.status()).isZero();
        assertThat(first.out()).startsWith("Lead infrastructure operations engineer");

        Path version = awaitPreparedVersion();
        FileTime prepared = Files.getLastModifiedTime(version);
        Files.setLastModifiedTime(version, FileTime.from(prepared.toInstant().minusSeconds(60)));

        Run second = ask("--ask", "lead");
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(version).toInstant())
                .as("the prepared JVM was used").isAfter(prepared.toInstant().minusSeconds(30));

        Run badFormat = ask("--ask", "lead", "--format", "bogus");
        assertThat(badFormat.status()).isEqualTo(2);
        assertThat(badFormat.err()).startsWith("Unknown --format 'bogus'");
    }

    @Test
    void aDamagedArchiveIsNeverUsedAndIsMadeAgain() throws Exception {
        Run first = ask("--ask", "senior");
        Path version = awaitPreparedVersion();
        Path archive = version.resolve("app.jsa");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(archive, java.util.Arrays.copyOf(whole, 1000)); // cut short, as a full disk would leave it

        assertThat(cache().ready()).as("a cut-short archive").isFalse();

        Run afterDamage = ask("--ask", "senior");
        assertThat(afterDamage).isEqualTo(first);
        awaitPreparedVersion();
        assertThat(Files.size(archive)).isGreaterThan(1000);
    }

    private Path awaitPreparedVersion() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(PREPARATION_WAIT);
        while (Instant.now().isBefore(deadline)) {
            if (cache().ready()) {
                return cache().archive().getParent();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the cache was not prepared within " + PREPARATION_WAIT);
    }

    private AskCache cache() {
        return AskCache.forJar(jar, Map.of("BOT_CACHE_DIR", cache.toString()), System::getProperty).orElseThrow();
    }

    private Run ask(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("TEAMS_"));
        environment.put("BOT_CACHE_DIR", cache.toString());
        Path out = Files.createTempFile(cache.getParent(), "out", ".txt");
        Path err = Files.createTempFile(cache.getParent(), "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("answered").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int status, String out, String err) {
    }
}
