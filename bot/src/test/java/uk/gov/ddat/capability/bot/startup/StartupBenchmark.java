package uk.gov.ddat.capability.bot.startup;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.hostile.ChildBot;
import uk.gov.ddat.capability.minimalbolt.MinimalBoltApp;

/**
 * Time to healthy: from starting the JVM to {@code /actuator/health} answering UP on the
 * management port, for the bot (Slack over HTTP, its embedded H2 file) and for
 * {@link MinimalBoltApp}, started the same way, alternately in the same run. Each starts once
 * untimed (the disk cache, the bot's database created and migrated), then {@code rounds} times
 * each. Also prints the CPU time each JVM had used by then, steadier than the wall clock on a
 * busy machine. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.startup.StartupBenchmark \
 *     -Dbench.args="5 jar=target/bot.jar"
 * </pre>
 * Without {@code jar=} both start from Maven's test class path. With it, also: both from the jar
 * extracted as production runs it ({@code -Djarmode=tools extract}: the bot's jar and, beside it,
 * a jar holding only the minimal app with the same {@code lib/} class path); both so and with a
 * class data sharing archive each, written by a training run that stops once the context is
 * refreshed ({@code -Dspring.context.exit=onRefresh}); and the bot's jar as {@code java -jar}
 * runs it, which has no minimal counterpart. With {@code java=<JDK home>} both run on that Java
 * instead of Maven's; from Java 25 the archive is an AOT cache ({@code -XX:AOTCacheOutput}, JEP 514),
 * which also keeps classes linked. The last line compares the bot with its archive to the minimal
 * app started plainly from its extracted jar, the yardstick as people run it.
 */
public final class StartupBenchmark {

    private static final Duration MOST = Duration.ofSeconds(90);
    private static final String BOT = "bot";
    private static final String MINIMAL = "minimal";
    private static final String EXTRACTED = "extracted jar";
    private final String java;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    /** One start: how long to healthy, and the CPU time used by then. */
    record Start(long ms, long cpuMs) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        Path jar = null;
        Path javaHome = Path.of(System.getProperty("java.home"));
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                rounds = Integer.parseInt(arg);
            } else if (arg.startsWith("jar=")) {
                jar = Path.of(arg.substring(4)).toAbsolutePath();
            } else if (arg.startsWith("java=")) {
                javaHome = Path.of(arg.substring(5)).toAbsolutePath();
            }
        }
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\","
                + "\"bot_id\":\"B1\"}")));
        Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-start", "SLACK_SIGNING_SECRET", "start-secret",
                "SLACK_API_URL", slack.baseUrl() + "/api/");
        Path dir = Files.createTempDirectory("startup");
        StartupBenchmark bench = new StartupBenchmark(javaHome.resolve("bin").resolve("java").toString());
        int feature = featureVersion(javaHome);
        String archived = EXTRACTED + (feature >= 25 ? " + AOT cache" : " + CDS");
        System.out.printf("Java %d (%s)%n", feature, javaHome);
        String classPath = System.getProperty("java.class.path");
        // Not the bot's application.yml, which is on the same class path.
        String minimalConfig = "--spring.config.name=minimal-bolt";

        // Treatment -> (bot or minimal) -> the java command's arguments.
        Map<String, Map<String, List<String>>> treatments = new LinkedHashMap<>();
        treatments.put("class path", sides(List.of("-cp", classPath, BotApplication.class.getName()),
                List.of("-cp", classPath, MinimalBoltApp.class.getName(), minimalConfig)));
        if (jar != null) {
            Path extracted = bench.extract(jar, dir, env);
            Path botJar = extracted.resolve(jar.getFileName());
            Path minimalJar = minimalJar(botJar, extracted.resolve("minimal.jar"));
            treatments.put(EXTRACTED, sides(List.of("-jar", botJar.toString()),
                    List.of("-jar", minimalJar.toString(), minimalConfig)));
            treatments.put(archived, sides(
                    bench.archived(dir, env, feature, BOT, List.of("-jar", botJar.toString())),
                    bench.archived(dir, env, feature, MINIMAL, List.of("-jar", minimalJar.toString(),
                            minimalConfig))));
            treatments.put("java -jar bot.jar", Map.of(BOT, List.of("-jar", jar.toString())));
        }
        try {
            bench.run(rounds, treatments, env, dir, archived);
        } finally {
            slack.stop();
        }
        System.exit(0);
    }

    private static Map<String, List<String>> sides(List<String> bot, List<String> minimal) {
        Map<String, List<String>> sides = new LinkedHashMap<>();
        sides.put(BOT, bot);
        sides.put(MINIMAL, minimal);
        return sides;
    }

    private void run(int rounds, Map<String, Map<String, List<String>>> treatments, Map<String, String> env,
                     Path dir, String archived) throws Exception {
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        treatments.forEach((treatment, sides) -> sides.forEach((side, command) -> {
            try {
                timeToHealthy(dir, side + ", " + treatment, command, env);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            starts.put(side + ", " + treatment, new ArrayList<>());
        }));
        for (int round = 1; round <= rounds; round++) {
            for (var treatment : treatments.entrySet()) {
                for (var side : treatment.getValue().entrySet()) {
                    String name = side.getKey() + ", " + treatment.getKey();
                    Start start = timeToHealthy(dir, name, side.getValue(), env);
                    starts.get(name).add(start);
                    System.out.printf("round %d  %-32s %6d ms  (CPU %6d ms)%n", round, name, start.ms(), start.cpuMs());
                }
            }
        }
        System.out.printf("%nMedian of %d, time to healthy (CPU time used by then)%n", rounds);
        System.out.printf("%-26s %18s %18s %14s%n", "", "minimal Bolt app", "bot", "bot / minimal");
        for (var treatment : treatments.entrySet()) {
            Start bot = median(starts.get(BOT + ", " + treatment.getKey()));
            List<Start> minimalStarts = starts.get(MINIMAL + ", " + treatment.getKey());
            if (minimalStarts == null) {
                System.out.printf("%-26s %18s %7d (%6d) ms %14s%n", treatment.getKey(), "-", bot.ms(), bot.cpuMs(), "-");
                continue;
            }
            Start minimal = median(minimalStarts);
            System.out.printf("%-26s %7d (%6d) ms %7d (%6d) ms %6.2f (%.2f)%n", treatment.getKey(), minimal.ms(),
                    minimal.cpuMs(), bot.ms(), bot.cpuMs(), (double) bot.ms() / minimal.ms(),
                    (double) bot.cpuMs() / minimal.cpuMs());
        }
        if (treatments.containsKey(archived)) {
            Start bot = median(starts.get(BOT + ", " + archived));
            Start minimal = median(starts.get(MINIMAL + ", " + EXTRACTED));
            System.out.printf("%nbot (%s) / minimal Bolt app (%s, nothing more): %.2f (CPU %.2f)%n", archived,
                    EXTRACTED, (double) bot.ms() / minimal.ms(), (double) bot.cpuMs() / minimal.cpuMs());
        }
    }

    /** The feature version of the JDK at {@code home}, from its release file. */
    private static int featureVersion(Path home) throws IOException {
        for (String line : Files.readAllLines(home.resolve("release"))) {
            if (line.startsWith("JAVA_VERSION=")) {
                String version = line.substring(line.indexOf('"') + 1);
                return Integer.parseInt(version.split("[.\\-\"]")[0]);
            }
        }
        throw new IllegalStateException("No JAVA_VERSION in " + home.resolve("release"));
    }

    /** The jar as production runs it: {@code -Djarmode=tools extract}; returns the folder. */
    private Path extract(Path jar, Path dir, Map<String, String> env) throws Exception {
        Path extracted = dir.resolve("extracted");
        exec(dir, env, List.of("-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination",
                extracted.toString()));
        return extracted;
    }

    /** A jar of the minimal app's classes with the bot's manifest class path (the same lib/) and main class. */
    private static Path minimalJar(Path botJar, Path minimalJar) throws IOException, URISyntaxException {
        Manifest manifest;
        try (JarFile bot = new JarFile(botJar.toFile())) {
            manifest = new Manifest(bot.getManifest());
        }
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MinimalBoltApp.class.getName());
        Path classes = Path.of(MinimalBoltApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sources = classes.resolve(MinimalBoltApp.class.getPackageName().replace('.', '/'));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(minimalJar), manifest);
             Stream<Path> files = Files.list(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return minimalJar;
    }

    /**
     * Writes a class data sharing archive (Java 25 and later: an AOT cache) with a training run;
     * returns how to start with it.
     */
    private List<String> archived(Path dir, Map<String, String> env, int feature, String side, List<String> start)
            throws Exception {
        boolean aotCache = feature >= 25;
        Path archive = dir.resolve(side + (aotCache ? ".aot" : ".jsa"));
        List<String> training = new ArrayList<>(List.of((aotCache ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=")
                + archive, "-Dspring.context.exit=onRefresh"));
        training.addAll(start);
        exec(dir, env, training);
        List<String> command = new ArrayList<>(List.of((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive));
        command.addAll(start);
        return command;
    }

    private void exec(Path dir, Map<String, String> env, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java);
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
    Start timeToHealthy(Path dir, String name, List<String> command, Map<String, String> env) throws Exception {
        int port = ChildBot.freePort();
        int management = ChildBot.freePort();
        Map<String, String> settings = new LinkedHashMap<>(env);
        settings.put("PORT", Integer.toString(port));
        settings.put("MANAGEMENT_PORT", Integer.toString(management));
        settings.put("SERVER_PORT", Integer.toString(port));
        settings.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
        List<String> full = new ArrayList<>();
        full.add(java);
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
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    return new Start(ms, process.info().totalCpuDuration().map(Duration::toMillis).orElse(-1L));
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

    /** The median wall time and, separately, the median CPU time. */
    private static Start median(List<Start> starts) {
        List<Long> ms = starts.stream().map(Start::ms).sorted().toList();
        List<Long> cpu = starts.stream().map(Start::cpuMs).sorted().toList();
        return new Start(ms.get(ms.size() / 2), cpu.get(cpu.size() / 2));
    }

    private StartupBenchmark(String java) {
        this.java = java;
    }
}
