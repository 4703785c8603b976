package uk.gov.ddat.capability.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.ddat.capability.bot.hostile.ChildBot;
import uk.gov.ddat.capability.framework.load.BundledDataReader;

/**
 * The real main class in a JVM of its own, started with a port that is taken: it must exit with a
 * non-zero code, soon, saying which port and which setting. (Before, the JVM stayed alive with no
 * ports, polling for tips, and a supervisor never learnt it had failed.)
 */
class FailedStartTest {

    /** Generous for a JVM and Spring starting on a busy two-core machine; a hung start never ends. */
    private static final Duration MOST = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void thePublicPortTakenExitsNonZeroNamingPort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            Result result = start(Map.of("PORT", Integer.toString(taken.getLocalPort()), "MANAGEMENT_PORT", "0"));
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.lastLine()).isEqualTo("Failed to start: port " + taken.getLocalPort()
                    + " is already in use; set PORT (the public endpoints, now " + taken.getLocalPort()
                    + ") to a free port.");
        }
    }

    @Test
    void theManagementPortTakenExitsNonZeroNamingManagementPort() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Result result = start(Map.of("PORT", "0", "MANAGEMENT_PORT", Integer.toString(taken.getLocalPort())));
            assertThat(result.exitCode()).isNotZero();
            assertThat(result.lastLine()).startsWith("Failed to start: port " + taken.getLocalPort()
                    + " is already in use; set MANAGEMENT_PORT");
        }
    }

    @Test
    void aBadSettingExitsNonZeroWithOneLine() throws Exception {
        // A bot token with neither a signing secret nor an app token cannot serve Slack.
        Result result = start(Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "SLACK_SIGNING_SECRET", ""));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.lastLine()).startsWith("Failed to start: ").contains("SLACK_SIGNING_SECRET");
    }

    @Test
    void frameworkDataThatCannotBeLoadedExitsNonZeroWithOneLine() throws Exception {
        // The framework is loaded while Spring starts (FrameworkPreload); a failure is as fatal as ever.
        String bundled;
        try (InputStream in = BundledDataReader.class.getResourceAsStream(BundledDataReader.BUNDLED_RESOURCE)) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path data = Files.writeString(dir.resolve("framework.yml"),
                bundled.replace("Testing: expert", "Testing: wizard"));
        Result result = start(Map.of("PORT", "0", "MANAGEMENT_PORT", "0", "FRAMEWORK_DATA_FILE", data.toString()));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.lastLine()).startsWith("Failed to start: FrameworkDataException")
                .contains("unknown skill level 'wizard'");
    }

    @Test
    void aDatabaseThatCannotBeReachedExitsNonZeroWithOneLine() throws Exception {
        // The database is opened and migrated while Spring starts (DatabasePreload); as fatal as ever.
        Result result = start(Map.of("PORT", "0", "MANAGEMENT_PORT", "0",
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:9/none?user=none"));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.lastLine()).startsWith("Failed to start: ").contains("Connection");
    }

    @Test
    void aMigrationThatFailsExitsNonZeroWithOneLine() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__broken.sql"), "create table broken (;");
        Result result = start(Map.of("PORT", "0", "MANAGEMENT_PORT", "0",
                "SPRING_FLYWAY_LOCATIONS", "filesystem:" + migrations));
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.lastLine()).startsWith("Failed to start: ").contains("broken");
    }

    record Result(int exitCode, String lastLine, Duration took) {
    }

    private Result start(Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-start-test",
                "SLACK_SIGNING_SECRET", "secret", "SLACK_API_URL", "http://127.0.0.1:9/api/",
                "TIPS_POLL_INTERVAL", "1s", "FRAMEWORK_RELOAD_INTERVAL", "0",
                "SPRING_DATASOURCE_URL", "jdbc:h2:mem:start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"));
        all.putAll(env);
        long started = System.nanoTime();
        try (ChildBot bot = ChildBot.start(dir, "bot", all, List.of())) {
            boolean ended = bot.waitFor(MOST);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(ended).as("the JVM exited within %s", MOST).isTrue();
            System.out.println("Failed start exited " + bot.exitCode() + " after " + took.toMillis() + " ms");
            return new Result(bot.exitCode(), bot.lastErrorLine(), took);
        }
    }
}
