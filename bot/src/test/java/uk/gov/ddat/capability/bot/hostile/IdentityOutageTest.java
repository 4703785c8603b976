package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import uk.gov.ddat.capability.bot.testing.FakeBotFramework;

/**
 * The Bot Framework's OpenID metadata hangs (a fixed 20 s delay). Requests to /api/messages are
 * told 503 within the key wait instead of queueing behind one another, only one fetch is made at
 * a time, the failure is remembered, and Slack commands and Teams webhook calls arriving in the
 * middle of a flood of /api/messages are answered promptly. When the endpoint recovers, the keys
 * are fetched in the background.
 */
@TestPropertySource(properties = {"teams.key-refresh=2s", "teams.key-waiters=8", "teams.key-failure-cache=10s"})
class IdentityOutageTest extends HostileCallers {

    private static final int FLOOD = 220;

    @BeforeEach
    void identityHangs() {
        MICROSOFT.metadataHangs(Duration.ofSeconds(20));
    }

    @Test
    void aHangingIdentityEndpointHoldsNoOneUpAndIsFetchedAgainWhenItRecovers() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token())
                    .POST(HttpRequest.BodyPublishers.ofString(botBody("senior"))).build();
            started.add(System.nanoTime());
            flood.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }

        // In the middle of the flood, Slack and the webhook are answered well within their limits.
        long slackStart = System.nanoTime();
        HttpResponse<String> command = slack(slashCommand("C9", "alice", "senior"), "application/x-www-form-urlencoded");
        Duration slackTook = Duration.ofNanos(System.nanoTime() - slackStart);
        long webhookStart = System.nanoTime();
        HttpResponse<String> webhook = webhook(webhookMessage("what grade is a lead", "Tim"));
        Duration webhookTook = Duration.ofNanos(System.nanoTime() - webhookStart);
        assertThat(command.statusCode()).isEqualTo(200);
        assertThat(command.body()).contains("Senior infrastructure operations engineer");
        assertThat(slackTook).isLessThan(Duration.ofSeconds(3));
        assertThat(webhook.statusCode()).isEqualTo(200);
        assertThat(webhookTook).isLessThan(Duration.ofSeconds(5));

        Duration slowest = Duration.ZERO;
        for (int i = 0; i < FLOOD; i++) {
            HttpResponse<String> response = flood.get(i).join();
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).contains("5");
            Duration took = Duration.ofNanos(System.nanoTime() - started.get(i));
            slowest = took.compareTo(slowest) > 0 ? took : slowest;
        }
        // Each waited at most the key wait (1 s here), not the 20 s hang, and not one behind another.
        assertThat(slowest).isLessThan(Duration.ofSeconds(8));
        // One fetch at a time, never one per request.
        assertThat(FAKE.findAll(getRequestedFor(urlEqualTo(FakeBotFramework.METADATA_PATH))).size())
                .isLessThanOrEqualTo(3);
        System.out.printf("Identity outage: %d /api/messages answered 503, slowest %d ms; Slack command %d ms, "
                + "webhook %d ms%n", FLOOD, slowest.toMillis(), slackTook.toMillis(), webhookTook.toMillis());

        // The failure is remembered: the next request is told at once, without another fetch.
        await().atMost(Duration.ofSeconds(5)).until(() -> !FAKE.findAll(
                getRequestedFor(urlEqualTo(FakeBotFramework.METADATA_PATH))).isEmpty());
        Thread.sleep(2_500); // the hanging fetch gives up after its 2 s
        int fetches = FAKE.findAll(getRequestedFor(urlEqualTo(FakeBotFramework.METADATA_PATH))).size();
        long again = System.nanoTime();
        assertThat(botMessage("senior", "Tim").statusCode()).isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofMillis(500));
        assertThat(FAKE.findAll(getRequestedFor(urlEqualTo(FakeBotFramework.METADATA_PATH)))).hasSize(fetches);

        // The endpoint recovers: the background refresh fetches the keys with no request needed.
        FAKE.resetAll();
        fakeSlackAndMicrosoft();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                !FAKE.findAll(getRequestedFor(urlEqualTo(FakeBotFramework.KEYS_PATH))).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessage("senior", "Tim").statusCode() == 200);
    }

    private String botBody(String text) {
        return "{\"type\":\"message\",\"id\":\"a1\",\"text\":\"" + text + "\",\"serviceUrl\":\"" + serviceUrl() + "\","
                + "\"from\":{\"id\":\"29:user\",\"name\":\"Tim\"},\"conversation\":{\"id\":\"19:c@thread.skype\"},"
                + "\"recipient\":{\"id\":\"28:bot\"}}";
    }

}
