package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;

import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * Bolt checks the bot token with auth.test on its first request, and again on each request until
 * that works: while it cannot, a signed request gets 503 (try again later), not a server error.
 */
class SlackEventsServletTest {

    private static final String SECRET = "servlet-test-secret";

    @RegisterExtension
    final WireMockExtension slack = WireMockExtension.newInstance()
            .options(WireMockConfiguration.options().dynamicPort()).build();

    @Test
    void aTokenSlackRefusesIsServiceUnavailableUntilItIsAccepted() throws Exception {
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":false,\"error\":\"invalid_auth\"}")));
        SlackEventsServlet servlet = new SlackEventsServlet(app(), Clock.systemUTC());

        for (int attempt = 0; attempt < 2; attempt++) {
            MockHttpServletResponse response = send(servlet);
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        }
        slack.verify(2, postRequestedFor(urlEqualTo("/api/auth.test")));

        // The token is put right (or Slack is back): the same app starts and answers.
        slack.stubFor(post("/api/auth.test").willReturn(okJson(
                "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}")));
        MockHttpServletResponse response = send(servlet);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("acknowledged");
    }

    private App app() {
        SlackConfig config = new SlackConfig();
        config.setStatsEnabled(false);
        config.setMethodsEndpointUrlPrefix(slack.baseUrl() + "/api/");
        App app = new App(AppConfig.builder().slack(Slack.getInstance(config)).signingSecret(SECRET)
                .singleTeamBotToken("xoxb-servlet-test").build());
        app.command("/skills", (request, context) -> context.ack("acknowledged"));
        return app;
    }

    private static MockHttpServletResponse send(SlackEventsServlet servlet) throws Exception {
        String body = Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", "lead"));
        long timestamp = System.currentTimeMillis() / 1000;
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/slack/events");
        request.setContentType("application/x-www-form-urlencoded");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        request.addHeader("X-Slack-Request-Timestamp", Long.toString(timestamp));
        request.addHeader("X-Slack-Signature", SlackSigner.sign(SECRET, timestamp, body));
        MockHttpServletResponse response = new MockHttpServletResponse();
        servlet.service(request, response);
        return response;
    }
}
