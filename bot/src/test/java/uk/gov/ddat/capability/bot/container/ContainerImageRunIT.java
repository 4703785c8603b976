package uk.gov.ddat.capability.bot.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the image's own files as the image says (its user, working directory, environment and
 * entrypoint) in a new root, mount and process namespace: no Docker needed, but root is
 * (mvn -Pimage,local-base verify -Dimage.run). Checks the probes, then stops it as a container
 * platform does (SIGTERM to the bot) and checks that it shuts down gracefully.
 */
class ContainerImageRunIT {

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void theImageStartsAsItsUserAnswersItsProbesAndShutsDownGracefully() throws Exception {
        assertThat(new com.sun.security.auth.module.UnixSystem().getUid()).as("running the image needs root "
                + "(unshare --root); run without -Dimage.run otherwise").isZero();
        ImageTarball image = ImageTarball.open(work);
        Path root = image.unpack();
        String[] user = image.containerConfig().path("User").asString().split(":");
        int port = freePort();
        int managementPort = freePort();

        List<String> command = new ArrayList<>(List.of("unshare", "--pid", "--fork", "--kill-child=TERM",
                "--mount-proc", "--root=" + root, "--wd=" + image.containerConfig().path("WorkingDir").asString("/"),
                "--setuid", user[0], "--setgid", user[1]));
        command.addAll(image.command());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("container.log").toFile());
        builder.environment().clear();
        builder.environment().putAll(image.environment());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("MANAGEMENT_PORT", Integer.toString(managementPort));
        Process container = builder.start();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> status(managementPort, "/actuator/health/readiness") == 200 || !container.isAlive());
            assertThat(container.isAlive()).as("still running; log:%n%s", log()).isTrue();
            assertThat(status(managementPort, "/actuator/health/liveness")).isEqualTo(200);
            assertThat(status(port, "/actuator/health")).as("the actuator is not on the public port").isEqualTo(404);
            assertThat(processOwner(root)).as("the bot's user").isEqualTo(user[0]);
            // Stopped as a container platform stops it: SIGTERM to the bot (unshare itself ignores it).
            container.toHandle().children().forEach(ProcessHandle::destroy);
            assertThat(container.waitFor(40, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();
            assertThat(log()).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");
        } finally {
            container.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            container.destroyForcibly();
        }
    }

    private String log() throws Exception {
        return Files.readString(work.resolve("container.log"));
    }

    /** The user the JVM runs as: the owner of the performance-data folder it makes in /tmp. */
    private String processOwner(Path root) throws Exception {
        try (var dirs = Files.list(root.resolve("tmp"))) {
            Path perf = dirs.filter(p -> p.getFileName().toString().startsWith("hsperfdata_")).findFirst().orElseThrow();
            return Integer.toString((Integer) Files.getAttribute(perf, "unix:uid"));
        }
    }

    private int status(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
