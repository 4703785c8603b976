package uk.gov.ddat.capability.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.RecordingSleeper;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Posting to the Bot Connector API when it is busy or failing: 429 and 5xx are retried, honouring
 * Retry-After (capped at 30 seconds), other errors are not; the identity platform and the
 * Connector API are faked by WireMock, and the waits are recorded rather than slept.
 */
class ConnectorClientTest {

    static final WireMockServer FAKE = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final FakeBotFramework MICROSOFT = new FakeBotFramework(FAKE);
    static final String ACTIVITIES = "/teams/v3/conversations/conv-1/activities";

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private ConnectorClient client;

    @BeforeAll
    static void start() {
        FAKE.start();
    }

    @AfterAll
    static void stop() {
        FAKE.stop();
    }

    @BeforeEach
    void setUp() {
        FAKE.resetAll();
        MICROSOFT.stubIdentityPlatform();
        TeamsProperties properties = new TeamsProperties("app-1", "secret", "tenant-1", false, List.of(), null,
                null, null, null, null, null, null, 0, null, null, null, 0, null, null);
        client = new ConnectorClient(properties, MICROSOFT.identityHttp(), sleeper);
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterSays() {
        answers(aResponse().withStatus(429).withHeader("Retry-After", "7"), aResponse().withStatus(201));
        assertThat(send().kind()).isEqualTo(TipSender.Outcome.Kind.SENT);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(posts()).isEqualTo(2);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPausesThenReportedAsTransient() {
        FAKE.stubFor(post(ACTIVITIES).willReturn(aResponse().withStatus(503)));
        TipSender.Outcome outcome = send();
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.TRANSIENT);
        assertThat(outcome.error()).isEqualTo("HTTP 503");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(posts()).isEqualTo(3);
    }

    @Test
    void aLastRateLimitPassesItsRetryAfterOnToTheScheduler() {
        FAKE.stubFor(post(ACTIVITIES).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        TipSender.Outcome outcome = send();
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.TRANSIENT);
        assertThat(outcome.retryAfter()).contains(Duration.ofSeconds(120));
        // Waits between attempts are capped, so a reply is never held for minutes.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void aClientErrorIsPermanentAndNotRetried() {
        FAKE.stubFor(post(ACTIVITIES).willReturn(aResponse().withStatus(403).withBody("{\"error\":\"forbidden\"}")));
        TipSender.Outcome outcome = send();
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.PERMANENT);
        assertThat(outcome.error()).isEqualTo("HTTP 403");
        assertThat(sleeper.waits()).isEmpty();
        assertThat(posts()).isEqualTo(1);
    }

    @Test
    void theTokenIsFetchedOnceAndSentAsBearer() {
        FAKE.stubFor(post(ACTIVITIES).willReturn(aResponse().withStatus(201)));
        send();
        send();
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token")))).hasSize(1);
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo(ACTIVITIES))))
                .allSatisfy(r -> assertThat(r.getHeader("Authorization"))
                        .isEqualTo("Bearer " + FakeBotFramework.CONNECTOR_TOKEN));
    }

    private TipSender.Outcome send() {
        return client.send(FAKE.baseUrl() + "/teams/", "conv-1", Map.of("type", "message", "text", "hi"));
    }

    private static void answers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        FAKE.stubFor(post(ACTIVITIES).inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(first)
                .willSetStateTo("next"));
        FAKE.stubFor(post(ACTIVITIES).inScenario("s").whenScenarioStateIs("next").willReturn(then));
    }

    private static int posts() {
        return FAKE.findAll(postRequestedFor(urlPathEqualTo(ACTIVITIES))).size();
    }

}
