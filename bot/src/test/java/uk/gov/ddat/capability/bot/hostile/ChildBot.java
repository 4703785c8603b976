package uk.gov.ddat.capability.bot.hostile;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import uk.gov.ddat.capability.bot.BotApplication;

/**
 * The bot's real main class in a JVM of its own (the test's class path), so that tests can see
 * its exit code, send it SIGTERM or kill it with SIGKILL. Output goes to files in {@code dir}.
 */
public final class ChildBot implements AutoCloseable {

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildBot(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts the bot with only the given SLACK_/TEAMS_/SPRING_/FRAMEWORK_ settings and arguments. */
    public static ChildBot start(Path dir, String name, Map<String, String> env, List<String> args) throws IOException {
        Path out = dir.resolve(name + ".out");
        Path err = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                BotApplication.class.getName()));
        command.addAll(args);
        // Run in dir, so the default embedded database (./data/bot) is a file of the test's own.
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SLACK_") || key.startsWith("TEAMS_")
                || key.startsWith("SPRING_") || key.startsWith("FRAMEWORK_") || key.equals("PORT")
                || key.equals("MANAGEMENT_PORT"));
        builder.environment().putAll(env);
        return new ChildBot(builder.start(), out, err);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public boolean waitFor(Duration most) throws InterruptedException {
        return process.waitFor(most.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean alive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** Ends the child's standard input, as Ctrl-D at a terminal does. */
    public void closeInput() throws IOException {
        process.getOutputStream().close();
    }

    /** SIGTERM: a graceful stop. */
    public void stop() {
        process.destroy();
    }

    /** SIGKILL: a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public String lastErrorLine() throws IOException {
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    public String output() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
