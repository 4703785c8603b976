package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * The database fails while the bot runs (each subclass says how). Slack is still acknowledged
 * within its 3 seconds and the Teams webhook answered within its 5, mentions are still answered,
 * tips commands say the settings are unavailable, and health reports DOWN within seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "slack.bot-token=xoxb-outage", "slack.signing-secret=" + DatabaseTrouble.SECRET,
        "teams.outgoing-webhook-secret=" + HostileCallers.WEBHOOK_TOKEN})
abstract class DatabaseTrouble {

    static final String SECRET = "outage-secret";
    /** A database that fails gives "unavailable"; one that hangs, "slow to answer" (it may yet save). */
    static final String SAYS_SO = "(?s).*(unavailable|slow to answer) just now.*";
    static final WireMockServer SLACK = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        SLACK.start();
        SLACK.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"bot_id\":\"B1\"}")));
        SLACK.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")));
        SLACK.stubFor(post("/api/users.info").willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    /** A database server of the subclass's own (this class's fake Slack is shared, and left running). */
    static Server startDatabase() {
        try {
            return Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("slack.api-url", () -> SLACK.baseUrl() + "/api/");
        registry.add("slack.response-url-prefix", () -> SLACK.baseUrl() + "/");
    }

    /** A database URL through {@code port}: the server itself, or something in front of it. */
    static String databaseUrl(int port, String name) {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DB_CLOSE_DELAY=-1";
    }

    /** Makes the database fail. */
    abstract void fail() throws Exception;

    abstract String how();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void acksStayInTimeAndHealthSaysDown() throws Exception {
        assertThat(health().statusCode()).isEqualTo(200);
        fail();
        long stopped = System.nanoTime();

        Timed<HttpResponse<String>> down = timed(() -> {
            HttpResponse<String> response;
            do {
                response = health();
            } while (response.statusCode() == 200);
            return response;
        });
        assertThat(down.value().statusCode()).isEqualTo(503);
        assertThat(down.value().body()).containsPattern("\"db\":\\{[^}]*}[^}]*\"status\":\"DOWN\"");
        Duration healthDown = Duration.ofNanos(System.nanoTime() - stopped);
        assertThat(healthDown).isLessThan(Duration.ofSeconds(5));

        Timed<Integer> mention = timed(() -> slack(SignedSlack.mention("EvOut1", "COUT", "1700000000.1", "senior"),
                "application/json").statusCode());
        assertThat(mention.value()).isEqualTo(200);
        assertThat(mention.took()).isLessThan(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).isEmpty());

        Timed<Integer> tips = timed(() -> slack(SignedSlack.slashCommand(SLACK.baseUrl(), "COUT", "alice",
                "tips on 09:00"), "application/x-www-form-urlencoded").statusCode());
        assertThat(tips.value()).isEqualTo(200);
        assertThat(tips.took()).isLessThan(Duration.ofSeconds(3));
        await().atMost(Duration.ofSeconds(15)).until(() -> SLACK.findAll(postRequestedFor(urlPathMatching(
                "/commands/.*"))).stream().anyMatch(r -> r.getBodyAsString().matches(SAYS_SO)));

        Timed<HttpResponse<String>> webhook = timed(() -> webhook("{\"type\":\"message\",\"id\":\"m1\","
                + "\"text\":\"<at>Bot</at> tip\",\"from\":{\"id\":\"29:u\",\"name\":\"Tim\"},"
                + "\"conversation\":{\"id\":\"19:t@thread.skype\"},\"serviceUrl\":\"https://smba.example/\"}"));
        assertThat(webhook.value().statusCode()).isEqualTo(200);
        assertThat(webhook.value().body()).matches(SAYS_SO);
        assertThat(webhook.took()).isLessThan(Duration.ofSeconds(5));

        System.out.printf("Database %s: health DOWN after %d ms; mention acked in %d ms, tips command acked "
                        + "in %d ms, webhook tip answered in %d ms%n", how(), healthDown.toMillis(), mention.took().toMillis(),
                tips.took().toMillis(), webhook.took().toMillis());
    }

    record Timed<T>(T value, Duration took) {
    }

    private static <T> Timed<T> timed(Callable<T> call) throws Exception {
        long start = System.nanoTime();
        T value = call.call();
        return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> slack(String body, String contentType) throws Exception {
        return http.send(SignedSlack.request(port, SECRET, body, contentType, Instant.now().getEpochSecond()),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> webhook(String body) throws Exception {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String signature = "HMAC " + Base64.getEncoder().encodeToString(
                SignedSlack.hmac(Base64.getDecoder().decode(HostileCallers.WEBHOOK_TOKEN), raw));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/teams/webhook"))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .header("Authorization", signature).POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
