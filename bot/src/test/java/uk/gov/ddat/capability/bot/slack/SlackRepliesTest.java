package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.testing.RecordingSleeper;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Posting to the Slack Web API when it is busy or failing: 429 and 5xx retried, honouring
 * Retry-After (capped at 30 seconds); Slack's permanent errors not. Slack is faked by WireMock
 * and the waits are recorded rather than slept.
 */
class SlackRepliesTest {

    static final WireMockServer SLACK = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    static final String POST = "/api/chat.postMessage";
    static final Answer TIP = new Answer("A tip", List.of(Answer.Section.text("", "Something useful.")), List.of(),
            Optional.empty());

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private SlackReplies replies;

    @BeforeAll
    static void start() {
        SLACK.start();
    }

    @AfterAll
    static void stop() {
        SLACK.stop();
    }

    @BeforeEach
    void setUp() {
        SLACK.resetAll();
        SlackConfig config = new SlackConfig();
        config.setStatsEnabled(false);
        config.setMethodsEndpointUrlPrefix(SLACK.baseUrl() + "/api/");
        replies = new SlackReplies(Slack.getInstance(config), "xoxb-test", new BlockKitRenderer(),
                SLACK.baseUrl() + "/", sleeper);
    }

    @Test
    void aRateLimitIsWaitedOutAsRetryAfterSays() {
        SLACK.stubFor(post(POST).inScenario("s").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
                        .withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("ok"));
        SLACK.stubFor(post(POST).inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));
        assertThat(replies.postTip("C1", TIP).kind()).isEqualTo(TipSender.Outcome.Kind.SENT);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(3));
        assertThat(posts()).isEqualTo(2);
    }

    @Test
    void aLongRetryAfterIsCappedAtThirtySeconds() {
        SLACK.stubFor(post(POST).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "90")
                .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
        TipSender.Outcome outcome = replies.postTip("C1", TIP);
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.TRANSIENT);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(posts()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingPauses() {
        SLACK.stubFor(post(POST).willReturn(aResponse().withStatus(503)));
        TipSender.Outcome outcome = replies.postTip("C1", TIP);
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.TRANSIENT);
        assertThat(outcome.error()).isEqualTo("HTTP 503");
        assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void aPermanentSlackErrorIsNotRetried() {
        SLACK.stubFor(post(POST).willReturn(okJson("{\"ok\":false,\"error\":\"not_in_channel\"}")));
        TipSender.Outcome outcome = replies.postTip("C1", TIP);
        assertThat(outcome.kind()).isEqualTo(TipSender.Outcome.Kind.PERMANENT);
        assertThat(outcome.error()).isEqualTo("not_in_channel");
        assertThat(sleeper.waits()).isEmpty();
        assertThat(posts()).isEqualTo(1);
    }

    private static int posts() {
        return SLACK.findAll(postRequestedFor(urlPathEqualTo(POST))).size();
    }
}
