package uk.gov.ddat.capability.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.ddat.capability.bot.hostile.ChildBot;

/**
 * {@code --ask} and the prompt through the real main class, in a JVM of their own: they answer
 * without touching the database file a server in the same folder would use, and a start that
 * cannot work is one line on stderr and a non-zero exit.
 */
class LocalStartTest {

    private static final Duration MOST = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void askAnswersWithoutCreatingTheDatabase() throws Exception {
        try (ChildBot bot = ChildBot.start(dir, "ask", Map.of(), List.of("--ask", "senior to lead"))) {
            assertThat(bot.waitFor(MOST)).isTrue();
            assertThat(bot.exitCode()).isZero();
            assertThat(bot.output()).startsWith("From Senior infrastructure operations engineer");
        }
        assertThat(dir.resolve("data")).doesNotExist();
        assertThat(Files.readString(dir.resolve("ask.err"), StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void askRendersForSlackAndTeams() throws Exception {
        try (ChildBot bot = ChildBot.start(dir, "teams", Map.of(), List.of("--ask", "lead", "--format", "teams"))) {
            assertThat(bot.waitFor(MOST)).isTrue();
            assertThat(bot.exitCode()).isZero();
            assertThat(bot.output()).contains("\"AdaptiveCard\"");
        }
    }

    @Test
    void aDataFileThatIsNotFrameworkDataIsOneLineAndExitsNonZero() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yml"), "roles: [unclosed\n");
        Result result = run("bad-file", Map.of("FRAMEWORK_DATA_FILE", bad.toString()), List.of("--ask", "lead"));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0)).startsWith("Failed to start: ");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void aBadSettingNamesTheVariable() throws Exception {
        Result result = run("bad-setting", Map.of("FRAMEWORK_FETCH_TIMEOUT", "soon"), List.of("--ask", "lead"));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errors()).containsExactly("Failed to start: the setting framework.fetch-timeout "
                + "(FRAMEWORK_FETCH_TIMEOUT) is not valid: 'soon'");
    }

    @Test
    void aSettingGivenAsAnArgumentIsUsed() throws Exception {
        Result result = run("arg", Map.of(), List.of("--ask", "lead", "--framework.data-file=" + dir.resolve("none.yml")));
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.errors()).hasSize(1);
        assertThat(result.errors().get(0)).startsWith("Failed to start: ").contains("none.yml");
    }

    @Test
    void thePromptStartsWithoutTheDatabaseAndEndsAtEndOfInput() throws Exception {
        try (ChildBot bot = ChildBot.start(dir, "prompt", Map.of(), List.of())) {
            bot.closeInput();
            assertThat(bot.waitFor(MOST)).isTrue();
            assertThat(bot.exitCode()).isZero();
            assertThat(bot.output()).startsWith("Capability framework bot, running locally");
        }
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private record Result(int code, List<String> errors) {
    }

    private Result run(String name, Map<String, String> env, List<String> args) throws Exception {
        try (ChildBot bot = ChildBot.start(dir, name, env, args)) {
            assertThat(bot.waitFor(MOST)).isTrue();
            List<String> errors = Files.readAllLines(dir.resolve(name + ".err"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            return new Result(bot.exitCode(), errors);
        }
    }
}
