package uk.gov.ddat.capability.bot.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Bodies over the limit (64 KB here) are refused with 413 before they are read, whether they
 * declare their length or come chunked; what an unsigned or oversized body says never reaches
 * the log, and nothing a caller sends can start a log line of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class BodyLimitAndLogTest extends HostileCallers {

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @ParameterizedTest
    @ValueSource(strings = {"/slack/events", "/api/messages", "/teams/webhook", "/anything-else"})
    void aDeclaredOversizeBodyIs413BeforeItIsSent(String path) throws IOException {
        long started = System.nanoTime();
        // Only the head is sent: an answer proves the server did not wait for (or read) the body.
        String status = headOnly("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + FIFTY_MB + "\r\n\r\n");
        assertThat(status).startsWith("HTTP/1.1 413");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/slack/events", "/api/messages", "/teams/webhook"})
    void aChunkedOversizeBodyIs413(String path) throws Exception {
        assertThat(chunked(path, 512 * 1024)).startsWith("HTTP/1.1 413");
    }

    @Test
    void tenOversizeChunkedBodiesAtOnceAreAllRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> chunked("/slack/events", 1024 * 1024)));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).startsWith("HTTP/1.1 413");
            }
        } finally {
            pool.shutdownNow();
        }
        // A real command still works afterwards.
        assertThat(slack(slashCommand("C1", "alice", "senior"), "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
    }

    /**
     * A body sent a byte at a time, each within the connection timeout (2 s here), is refused once
     * the body time (1 s here) has passed, long before the caller would have finished (12 s).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/slack/events", "/teams/webhook"})
    void aBodyTrickledInIsRefusedOnceItsTimeIsUp(String path) throws Exception {
        try (Socket socket = posting(path, "Authorization: HMAC x\r\nContent-Length: 40")) {
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            try {
                for (int sent = 0; sent < 40 && socket.getInputStream().available() == 0; sent++) {
                    out.write('{');
                    out.flush();
                    Thread.sleep(300);
                }
            } catch (IOException closed) {
                // The server answered and closed while the body was still coming: what we want.
            }
            assertThat(statusLine(socket.getInputStream())).contains(" 400");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(8));
        }
    }

    @Test
    void aBodyJustUnderTheLimitIsStillServed() throws Exception {
        String body = slashCommand("C1", "alice", "senior " + "x".repeat(58 * 1024));
        assertThat(body.length()).isBetween(58 * 1024, 64 * 1024);
        HttpResponse<String> response = slack(body, "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void unsignedAndUnknownBodiesAreNotLogged(CapturedOutput output) throws Exception {
        String forged = "\n2026-01-01T00:00:00.000Z ERROR --- [main] FORGED-LINE-7f3a : owned";
        // A body of no known kind, correctly signed: Bolt would log it whole.
        assertThat(slack("SECRET-BODY-1" + forged, "text/plain").statusCode()).isEqualTo(400);
        // A body with a bad signature.
        HttpRequest unsigned = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", Long.toString(Instant.now().getEpochSecond()))
                .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                .POST(HttpRequest.BodyPublishers.ofString(mention("Ev1", "C1", "1.1", "SECRET-BODY-2" + forged
                        .replace("\n", "\\n")))).build();
        assertThat(http.send(unsigned, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        // A webhook call with a bad signature.
        HttpRequest badWebhook = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/teams/webhook"))
                .header("Content-Type", "application/json").header("Authorization", "HMAC AAAA")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"SECRET-BODY-3\"}")).build();
        assertThat(http.send(badWebhook, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);

        assertThat(output.getAll()).doesNotContain("SECRET-BODY").doesNotContain("FORGED-LINE")
                .contains("Refused a Slack request of no known kind")
                .contains("Refused a Slack request with a bad signature");
    }

    @Test
    void aLineBreakInALoggedMessageCannotStartANewLine(CapturedOutput output) {
        LoggerFactory.getLogger(BodyLimitAndLogTest.class).info("before\n2026-01-01 ERROR FORGED-BY-NEWLINE\rafter");
        assertThat(output.getAll().lines()).noneMatch(line -> line.startsWith("2026-01-01 ERROR"))
                .anyMatch(line -> line.contains("before ⏎ 2026-01-01 ERROR FORGED-BY-NEWLINE ⏎ after"));
    }

    /** Terminal escapes, NUL and right-to-left overrides (as a library may log an id a caller chose). */
    @Test
    void controlCharactersInALoggedMessageAreWrittenAsAMark(CapturedOutput output) {
        LoggerFactory.getLogger(BodyLimitAndLogTest.class).info("before\u001b[31mRED\u202eEVIL\u0000after");
        assertThat(output.getAll()).contains("before\ufffd[31mRED\ufffdEVIL\ufffdafter")
                .doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("\u0000");
    }

    /** Tomcat's own report of a request it cannot parse would be a stack trace anyone can write. */
    @Test
    void aRequestLineThatIsNotHttpIs400WithoutAStackTrace(CapturedOutput output) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write("\u0000\u0001GARBAGE FORGED-METHOD\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            assertThat(statusLine(socket.getInputStream())).contains(" 400");
        }
        assertThat(output.getAll()).doesNotContain("GARBAGE").doesNotContain("\tat org.apache");
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotAServerError() throws Exception {
        for (String path : List.of("/error", "/error/", "/error.json")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
        // A real error is still reported as one, without a stack trace.
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/no-such-page")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("Exception");
    }

    /** A connection to the app with a JSON POST's headers sent, ending with {@code lastHeaders}; the body is next. */
    private Socket posting(String path, String lastHeaders) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        socket.setSoTimeout(15_000);
        socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-Slack-Request-Timestamp: " + Instant.now().getEpochSecond() + "\r\n" + lastHeaders + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** Streams {@code size} bytes as chunks (no declared length) and returns the status line. */
    private String chunked(String path, int size) throws IOException {
        try (Socket socket = posting(path, "Authorization: Bearer x\r\nTransfer-Encoding: chunked")) {
            OutputStream out = socket.getOutputStream();
            byte[] chunk = "a".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // The server answered and closed before taking the whole body: what we want.
            }
            return statusLine(socket.getInputStream());
        }
    }
}
