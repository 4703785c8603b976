package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.microsoft.aad.msal4j.IHttpClient;

import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.FakeSlack;

/**
 * The whole app with Slack (HTTP mode), the Teams bot and the Teams outgoing webhook all on, a
 * small body limit, and Slack and Microsoft faked by one WireMock server. Requests are signed
 * here exactly as Slack and Teams sign them. The test classes that extend it share one running
 * app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "http.max-request-body=64KB", "http.max-body-time=1s", "server.tomcat.connection-timeout=2s",
        "slack.bot-token=xoxb-hostile", "slack.signing-secret=" + HostileCallers.SLACK_SECRET,
        "teams.outgoing-webhook-secret=" + HostileCallers.WEBHOOK_TOKEN,
        "teams.app-id=" + HostileCallers.APP_ID, "teams.app-password=secret", "teams.tenant-id=tenant-1",
        "teams.jwks-min-refresh=0s", "teams.key-wait=1s", "teams.key-fetch-timeout=2s",
        "teams.key-failure-cache=3s",
        "personal-data.public-url=https://bot.example.test", "personal-data.download-key=" + HostileCallers.DOWNLOAD_KEY,
        "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
@Import(HostileCallers.FakeIdentityPlatform.class)
abstract class HostileCallers {

    static final String SLACK_SECRET = "hostile-slack-secret";
    /** Base64 of 32 bytes, as Teams shows a webhook's security token. */
    static final String WEBHOOK_TOKEN = "aG9zdGlsZS13ZWJob29rLXRva2VuLTMyLWJ5dGVzISE=";
    /** Base64 of 32 bytes: tests make links (for other people, expired) the bot can read. */
    static final String DOWNLOAD_KEY = "aG9zdGlsZS1kb3dubG9hZC1saW5rLWtleS0zMi1ieXQ=";
    static final String APP_ID = "5b4d2c3f-0000-4000-8000-0000000000aa";
    static final WireMockServer FAKE = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(300));
    static final FakeBotFramework MICROSOFT = new FakeBotFramework(FAKE);

    static {
        FAKE.start();
    }

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        FakeSlack.register(registry, FAKE);
        MICROSOFT.register(registry);
    }

    /** MSAL's requests to the identity platform go to the fake. */
    @TestConfiguration
    static class FakeIdentityPlatform {
        @Bean
        @Primary
        IHttpClient fakeIdentityHttp() {
            return MICROSOFT.identityHttp();
        }
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void fakeSlackAndMicrosoft() {
        FAKE.resetAll();
        FAKE.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"bot_id\":\"B1\"}")));
        FAKE.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")));
        FAKE.stubFor(post("/api/users.info").willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        FAKE.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        MICROSOFT.stubAll();
    }

    // --- Slack ---

    HttpResponse<String> slack(String body, String contentType) throws IOException, InterruptedException {
        return slack(body, contentType, Instant.now().getEpochSecond());
    }

    HttpResponse<String> slack(String body, String contentType, long timestamp)
            throws IOException, InterruptedException {
        return http.send(SignedSlack.request(port, SLACK_SECRET, body, contentType, timestamp),
                HttpResponse.BodyHandlers.ofString());
    }

    String slashCommand(String channel, String userName, String text) {
        return SignedSlack.slashCommand(FAKE.baseUrl(), channel, userName, text);
    }

    static String mention(String eventId, String channel, String ts, String text) {
        return SignedSlack.mention(eventId, channel, ts, text);
    }

    static String directMessage(String eventId, String channel, String ts, String text) {
        return SignedSlack.directMessage(eventId, channel, ts, text);
    }

    // --- Teams outgoing webhook ---

    HttpResponse<String> webhook(String body) throws IOException, InterruptedException {
        byte[] raw = body.getBytes(StandardCharsets.UTF_8);
        String signature = "HMAC " + Base64.getEncoder().encodeToString(
                SignedSlack.hmac(Base64.getDecoder().decode(WEBHOOK_TOKEN), raw));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/teams/webhook"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Authorization", signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(raw)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String webhookMessage(String text, String fromName) {
        return "{\"type\":\"message\",\"id\":\"m1\",\"text\":\"<at>Capability bot</at> " + text + "\","
                + "\"serviceUrl\":\"https://smba.example/\",\"from\":{\"id\":\"29:user\",\"name\":\""
                + fromName + "\"},\"conversation\":{\"id\":\"19:team@thread.skype\"},"
                + "\"recipient\":{\"id\":\"28:bot\"},\"channelId\":\"msteams\"}";
    }

    // --- Teams Bot Connector ---

    String serviceUrl() {
        return FAKE.baseUrl() + "/teams/";
    }

    HttpResponse<String> botMessage(String text, String fromName) throws IOException, InterruptedException {
        String body = "{\"type\":\"message\",\"id\":\"a1\",\"text\":\"<at>Capability bot</at> " + text + "\","
                + "\"serviceUrl\":\"" + serviceUrl() + "\",\"from\":{\"id\":\"29:user\",\"name\":\"" + fromName + "\"},"
                + "\"conversation\":{\"id\":\"19:chan@thread.skype\",\"tenantId\":\"tenant-1\"},"
                + "\"recipient\":{\"id\":\"28:bot\"},\"channelId\":\"msteams\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String token() {
        return MICROSOFT.token(APP_ID, serviceUrl());
    }

    // --- raw HTTP, for bodies no well-behaved client would send ---

    /** Sends the request head only and returns the status line of whatever comes back. */
    String headOnly(String head) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return statusLine(socket.getInputStream());
        }
    }

    static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
