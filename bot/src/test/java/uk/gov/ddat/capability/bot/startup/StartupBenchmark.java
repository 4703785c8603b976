package uk.gov.ddat.capability.bot.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.hostile.ChildBot;
import uk.gov.ddat.capability.minimalbolt.MinimalBoltApp;

/**
 * Time to healthy: from starting the JVM to {@code /actuator/health} answering UP on the
 * management port, for the bot (Slack over HTTP, its embedded H2 file) and, alternately in the
 * same run, for {@link MinimalBoltApp}. Each starts once untimed (the disk cache, the bot's
 * database created and migrated), then {@code rounds} times each. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.startup.StartupBenchmark \
 *     -Dbench.args="5"     # rounds
 * </pre>
 * Adding {@code jar=bot/target/bot.jar} also times that jar as {@code java -jar} runs it, and the
 * same jar extracted ({@code -Djarmode=tools extract}) with a class data sharing archive written by a
 * training run that stops once the context is refreshed ({@code -Dspring.context.exit=onRefresh}).
 */
public final class StartupBenchmark {

    private static final Duration MOST = Duration.ofSeconds(90);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        Path jar = null;
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                rounds = Integer.parseInt(arg);
            } else if (arg.startsWith("jar=")) {
                jar = Path.of(arg.substring(4)).toAbsolutePath();
            }
        }
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\","
                + "\"bot_id\":\"B1\"}")));
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-start", "SLACK_SIGNING_SECRET", "start-secret",
                "SLACK_API_URL", slack.baseUrl() + "/api/");
        Path dir = Files.createTempDirectory("startup");
        String classPath = System.getProperty("java.class.path");

        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put("bot", List.of("-cp", classPath, BotApplication.class.getName()));
        // Not the bot's application.yml, which is on the same class path.
        sides.put("minimal Bolt (Spring Boot)", List.of("-cp", classPath, MinimalBoltApp.class.getName(),
                "--spring.config.name=minimal-bolt"));
        if (jar != null) {
            sides.put("bot.jar", List.of("-jar", jar.toString()));
            sides.put("bot.jar extracted + CDS", classDataSharing(jar, dir, env));
        }
        try {
            run(rounds, sides, env, dir);
        } finally {
            slack.stop();
        }
        System.exit(0);
    }

    private static void run(int rounds, Map<String, List<String>> sides, Map<String, String> env, Path dir)
            throws Exception {
        StartupBenchmark bench = new StartupBenchmark();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        for (String side : sides.keySet()) {
            bench.timeToHealthy(dir, side, sides.get(side), env);
            times.put(side, new ArrayList<>());
        }
        for (int round = 1; round <= rounds; round++) {
            for (String side : sides.keySet()) {
                long ms = bench.timeToHealthy(dir, side, sides.get(side), env);
                times.get(side).add(ms);
                System.out.printf("round %d  %-28s %6d ms%n", round, side, ms);
            }
        }
        System.out.println();
        long minimal = median(times.get("minimal Bolt (Spring Boot)"));
        for (String side : sides.keySet()) {
            long median = median(times.get(side));
            System.out.printf("median %-28s %6d ms   %.2f x the minimal app%n", side, median, (double) median / minimal);
        }
    }

    /** Extracts the jar and writes its class data sharing archive; returns how to start it with it. */
    private static List<String> classDataSharing(Path jar, Path dir, Map<String, String> env) throws Exception {
        Path extracted = dir.resolve("extracted");
        Path archive = dir.resolve("bot.jsa");
        exec(dir, env, List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString()));
        Path extractedJar = extracted.resolve(jar.getFileName());
        exec(dir, env, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
                extractedJar.toString()));
        return List.of("-XX:SharedArchiveFile=" + archive, "-jar", extractedJar.toString());
    }

    private static void exec(Path dir, Map<String, String> env, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("prepare.log").toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PORT", Integer.toString(ChildBot.freePort()));
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(ChildBot.freePort()));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("failed: " + command + "; see " + dir.resolve("prepare.log"));
        }
    }

    /** Starts one JVM, waits for health UP on its management port, stops it; returns the milliseconds. */
    long timeToHealthy(Path dir, String name, List<String> command, Map<String, String> env) throws Exception {
        int port = ChildBot.freePort();
        int management = ChildBot.freePort();
        Map<String, String> settings = new LinkedHashMap<>(env);
        settings.put("PORT", Integer.toString(port));
        settings.put("MANAGEMENT_PORT", Integer.toString(management));
        settings.put("SERVER_PORT", Integer.toString(port));
        settings.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
        List<String> full = new ArrayList<>();
        full.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.log").toFile()).redirectErrorStream(true);
        builder.environment().putAll(settings);
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI health = URI.create("http://127.0.0.1:" + management + "/actuator/health");
            while (System.nanoTime() - start < MOST.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited " + process.exitValue() + "; see "
                            + dir.resolve("out.log"));
                }
                if (up(health)) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException(name + " was not healthy within " + MOST);
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean up(URI health) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200; // 503 while anything is DOWN
        } catch (IOException e) {
            return false;
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private StartupBenchmark() {
    }
}
