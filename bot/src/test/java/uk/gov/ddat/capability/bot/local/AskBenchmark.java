package uk.gov.ddat.capability.bot.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Wall-clock time of {@code java -jar bot.jar --ask "lead"} as a user sees it, median of N runs,
 * quiet and with a competing process busy on one core, the prepared jar side by side with a
 * previous jar (runs interleaved, so the machine's noise falls on both alike). Not a test:
 *
 * <pre>
 * mvn -q -pl bot -am package -DskipTests
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.local.AskBenchmark \
 *     -Dbench=runs=5 -Dbench.args="previous=/path/to/previous/bot.jar"
 * </pre>
 * Arguments (key=value, any order): runs (default 5), jar (default bot/target/bot.jar), previous
 * (optional: a jar to compare with). The cache is a fresh temporary folder, prepared before timing.
 */
public final class AskBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            for (String token : arg.trim().split("\\s+")) {
                int equals = token.indexOf('=');
                if (equals > 0) {
                    options.put(token.substring(0, equals), token.substring(equals + 1));
                }
            }
        }
        Path root = Path.of(System.getProperty("repository.root", "."));
        int runs = Integer.parseInt(options.getOrDefault("runs", "5"));
        Path jar = root.resolve(options.getOrDefault("jar", "bot/target/bot.jar")).toAbsolutePath();
        Optional<Path> previous = Optional.ofNullable(options.get("previous")).map(p -> root.resolve(p).toAbsolutePath());
        Path cache = Files.createTempDirectory("ask-benchmark");

        ask(jar, cache);
        awaitPrepared(jar, cache);
        ask(jar, cache); // one warm run each, so the files are in the page cache
        previous.ifPresent(p -> ask(p, cache));
        awaitNoPreparation(cache); // a previous jar that prepares too must not do it while timed

        System.out.printf("--ask \"lead\", median of %d runs (load average at start %s)%n", runs, loadAverage());
        report("quiet", jar, previous, cache, runs);
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            report("one core busy", jar, previous, cache, runs);
        } finally {
            busy.destroyForcibly();
        }
    }

    private static void report(String label, Path jar, Optional<Path> previous, Path cache, int runs) {
        List<Long> prepared = new ArrayList<>();
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            previous.ifPresent(p -> before.add(ask(p, cache)));
            prepared.add(ask(jar, cache));
        }
        long median = median(prepared);
        if (previous.isPresent()) {
            long previousMedian = median(before);
            System.out.printf("%-14s prepared %5d ms   previous %5d ms   ratio %.2f%n", label, median, previousMedian,
                    (double) median / previousMedian);
        } else {
            System.out.printf("%-14s prepared %5d ms%n", label, median);
        }
    }

    private static long ask(Path jar, Path cache) {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--ask", "lead").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("TEAMS_"));
        builder.environment().put("BOT_CACHE_DIR", cache.toString());
        long start = System.nanoTime();
        try {
            int status = builder.start().waitFor();
            if (status != 0) {
                throw new IllegalStateException(jar + " --ask exited with " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }

    private static void awaitPrepared(Path jar, Path cache) throws InterruptedException {
        AskCache prepared = AskCache.forJar(jar, Map.of("BOT_CACHE_DIR", cache.toString()), System::getProperty)
                .orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!prepared.ready()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the --ask cache was not prepared in 5 minutes");
            }
            Thread.sleep(250);
        }
    }

    private static void awaitNoPreparation(Path cache) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            try (var claims = Files.find(cache, 2, (path, attributes) -> path.toString().endsWith(".preparing"))) {
                if (claims.findAny().isEmpty()) {
                    return;
                }
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("a preparation did not finish in 5 minutes");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
