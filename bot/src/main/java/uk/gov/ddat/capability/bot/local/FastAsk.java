package uk.gov.ddat.capability.bot.local;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Makes {@code java -jar bot.jar --ask ...} quick after its first run. Most of a run's time is
 * the JVM finding and loading classes from the jar in the jar; so the first run leaves behind a
 * background preparation ({@link AskCache}: the jar extracted to plain files and a class-data-
 * sharing archive of one run), and later runs hand the question to a JVM started from that, with
 * the quick-start settings a one-answer process wants (C1 only, serial GC). The output, exit status
 * and settings are the same either way; anything unusual (not started with -jar, no usable cache,
 * a child that cannot start) simply answers in this JVM as before.
 */
public final class FastAsk {

    /** The hidden option that runs the background preparation. */
    public static final String PREPARE_OPTION = "--prepare-fast-ask";
    /** Set on the JVMs this class starts, so that they never start another. */
    static final String CHILD_PROPERTY = "bot.fast-ask";
    private static final String SAMPLE_QUESTION = "lead";
    private static final long STEP_TIMEOUT_SECONDS = 180;
    /** The exit status of a JVM that hit a fatal error (SIGABRT). */
    private static final int JVM_ABORTED = 134;

    private final Map<String, String> environment;
    private final Function<String, String> properties;
    private final Optional<JarLaunch> launch;

    FastAsk(Map<String, String> environment, Function<String, String> properties, Optional<JarLaunch> launch) {
        this.environment = environment;
        this.properties = properties;
        this.launch = launch;
    }

    /** For this process: its environment, system properties and how it was started. */
    public static FastAsk forThisProcess() {
        return new FastAsk(System.getenv(), System::getProperty, JarLaunch.current());
    }

    /**
     * Answers in a prepared JVM when there is one; returns its exit status, or empty to answer in
     * this JVM.
     */
    public OptionalInt answerInPreparedJvm(String[] args) {
        Optional<AskCache> cache = cache();
        if (cache.isEmpty() || !cache.get().ready()) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>(List.of(java(),
                "-XX:SharedArchiveFile=" + cache.get().archive(), "-Xshare:auto"));
        command.addAll(quickStart());
        command.addAll(launch.get().jvmOptions());
        command.add("-jar");
        command.add(cache.get().jar().toString());
        command.addAll(Arrays.asList(args));
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        cache.get().touch();
        try {
            int status = child.waitFor();
            if (status == JVM_ABORTED) {
                cache.get().discard(); // a damaged cache: the next run answers here and prepares it again
            }
            return OptionalInt.of(status);
        } catch (InterruptedException e) {
            child.destroy();
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * After an answer from this JVM: if the cache is not ready, starts its preparation in the
     * background (detached, silent) and returns at once.
     */
    public void prepareLater() {
        Optional<AskCache> cache = cache();
        if (cache.isEmpty() || cache.get().ready()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(launch.get().jvmOptions());
        command.addAll(List.of("-jar", launch.get().jar().toString(), PREPARE_OPTION));
        try {
            Process preparation = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            preparation.getOutputStream().close();
        } catch (IOException e) {
            // Never required: the next run answers as this one did.
        }
    }

    /**
     * The background preparation: extracts the jar, records a class-data-sharing archive from one
     * answer, checks that a JVM starts with it, and only then makes it ready. Returns the exit status.
     */
    public int prepare() {
        Optional<AskCache> cache = cache();
        if (cache.isEmpty()) {
            return 1;
        }
        Optional<Path> claim = cache.get().claimPreparation();
        if (claim.isEmpty()) {
            return 0; // another run is preparing it
        }
        AskCache prepared = cache.get();
        try {
            prepared.startPreparation();
            run(List.of(java(), "-Djarmode=tools", "-jar", launch.get().jar().toString(), "extract",
                    "--destination", prepared.jar().getParent().toString(), "--application-filename", "bot.jar"));
            run(answerSample(prepared, "-XX:ArchiveClassesAtExit=" + prepared.partArchive()));
            run(answerSample(prepared, "-XX:SharedArchiveFile=" + prepared.partArchive(), "-Xshare:on"));
            prepared.publish(claim.get());
            return 0;
        } catch (IOException | RuntimeException e) {
            prepared.abandon(claim.get());
            return 1;
        } catch (InterruptedException e) {
            prepared.abandon(claim.get());
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private List<String> answerSample(AskCache cache, String... archiveOptions) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(List.of(archiveOptions));
        command.addAll(quickStart());
        command.addAll(launch.get().jvmOptions());
        command.addAll(List.of("-jar", cache.jar().toString(), "--ask", SAMPLE_QUESTION));
        return command;
    }

    /** Start-up settings for a JVM that answers once; JVM warnings (a stale archive) stay off stdout. */
    private static List<String> quickStart() {
        return List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=error:stderr",
                "-D" + CHILD_PROPERTY + "=child");
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        process.getOutputStream().close();
        if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("timed out: " + command.get(command.size() - 1));
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit status " + process.exitValue());
        }
    }

    private Optional<AskCache> cache() {
        return launch.flatMap(l -> AskCache.forJar(l.jar(), environment, properties));
    }

    private String java() {
        return Path.of(properties.apply("java.home"), "bin", "java").toString();
    }

    /** How this JVM was started with {@code java [options] -jar <jar> ...}. */
    record JarLaunch(Path jar, List<String> jvmOptions) {

        /**
         * Present only for the packaged jar run by Spring Boot's launcher (the classes come from a
         * nested jar, not the system class path) and never inside a JVM this class started.
         */
        static Optional<JarLaunch> current() {
            String classPath = System.getProperty("java.class.path", "");
            if (System.getProperty(CHILD_PROPERTY) != null || !classPath.endsWith(".jar")
                    || classPath.contains(File.pathSeparator)
                    || FastAsk.class.getClassLoader() == ClassLoader.getSystemClassLoader()) {
                return Optional.empty();
            }
            return ProcessHandle.current().info().arguments()
                    .flatMap(arguments -> fromArguments(Arrays.asList(arguments), Path.of(classPath)));
        }

        /** The options before {@code -jar}, if the jar after it is the one on the class path. */
        static Optional<JarLaunch> fromArguments(List<String> arguments, Path classPath) {
            int jar = arguments.indexOf("-jar");
            if (jar < 0 || jar + 1 >= arguments.size()) {
                return Optional.empty();
            }
            Path named = Path.of(arguments.get(jar + 1));
            try {
                if (!Files.isRegularFile(classPath) || !Files.isSameFile(named, classPath)) {
                    return Optional.empty();
                }
            } catch (IOException e) {
                return Optional.empty();
            }
            return Optional.of(new JarLaunch(classPath.toAbsolutePath(), List.copyOf(arguments.subList(0, jar))));
        }
    }
}
