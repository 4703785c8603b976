package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.Intent;
import uk.gov.ddat.capability.bot.conversation.QuestionTable;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SharedFiles;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * The outgoing webhook of the running app, signed with the shared test vectors' security token,
 * and the question table asked through Teams and through Slack in the same app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "teams.outgoing-webhook-secret=" + TeamsWebhookIntegrationTest.TOKEN,
        "slack.bot-token=xoxb-test", "slack.signing-secret=" + TeamsWebhookIntegrationTest.SLACK_SECRET,
        "spring.datasource.url=jdbc:h2:mem:teams-webhook;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class TeamsWebhookIntegrationTest {

    static final String TOKEN = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";
    static final String SLACK_SECRET = "slack-secret";
    static final WireMockServer SLACK = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        SLACK.start();
        SLACK.stubFor(WireMock.post("/api/auth.test").willReturn(WireMock.okJson(
                "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\",\"bot_id\":\"B1\"}")));
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        registry.add("slack.api-url", () -> SLACK.baseUrl() + "/api/");
    }

    @AfterAll
    static void stopSlack() {
        SLACK.stop();
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSignatureMatchesTheSharedVectors() throws IOException {
        JsonNode vectors = SchemaCheck.parse(SharedFiles.read("payloads/outgoing-webhook-hmac.test-vectors.derived.json"));
        byte[] body = exampleBody();
        for (JsonNode vector : vectors.path("vectors")) {
            OutgoingWebhookSignature signature = new OutgoingWebhookSignature(vector.path("security_token").asString());
            assertThat(signature.sign(body)).isEqualTo(vector.path("expected_authorization").asString());
            assertThat(signature.matches(vector.path("expected_authorization").asString(), body)).isTrue();
            assertThat(signature.matches(vector.path("wrong_if_key_not_base64_decoded").asString(), body)).isFalse();
        }
    }

    @Test
    void theExampleMessageIsAnsweredWithACard() throws Exception {
        JsonNode vector = SchemaCheck.parse(SharedFiles.read("payloads/outgoing-webhook-hmac.test-vectors.derived.json"))
                .path("vectors").get(0);
        HttpResponse<String> response = post(exampleBody(), vector.path("expected_authorization").asString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = SchemaCheck.parse(response.body());
        assertThat(reply.path("type").asString()).isEqualTo("message");
        JsonNode card = reply.path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(card);
        // "<at>MyCustomBot</at> Hello <at>Larry Brown</at>": mentions removed, "Hello" is not a question it knows.
        assertThat(card.path("fallbackText").asString()).contains("Hello");
    }

    @Test
    void aKeyThatWasNotBase64DecodedIsRefused() throws Exception {
        JsonNode vector = SchemaCheck.parse(SharedFiles.read("payloads/outgoing-webhook-hmac.test-vectors.derived.json"))
                .path("vectors").get(0);
        assertThat(post(exampleBody(), vector.path("wrong_if_key_not_base64_decoded").asString()).statusCode())
                .isEqualTo(401);
        assertThat(post(exampleBody(), null).statusCode()).isEqualTo(401);
        byte[] tampered = new String(exampleBody(), StandardCharsets.UTF_8).replace("Hello", "Hullo")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(post(tampered, vector.path("expected_authorization").asString()).statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedMalformedBodyIsABadRequest() throws Exception {
        byte[] body = "{not json".getBytes(StandardCharsets.UTF_8);
        assertThat(post(body, new OutgoingWebhookSignature(TOKEN).sign(body)).statusCode()).isEqualTo(400);
    }

    @Test
    void tipsNeedTheBotNotAWebhook() throws Exception {
        JsonNode reply = SchemaCheck.parse(ask("<at>Bot</at> tips on 09:30 Europe/London").body());
        assertThat(reply.path("summary").asString()).isEqualTo("Daily tips need the Teams bot");
    }

    static Stream<QuestionTable.Row> questions() {
        return QuestionTable.rows(QuestionTable.BUNDLED).stream().filter(r -> r.intent() != Intent.TIP);
    }

    /** The same question through Teams and through Slack gives the same answer. */
    @ParameterizedTest
    @MethodSource("questions")
    void teamsAndSlackGiveTheSameAnswer(QuestionTable.Row row) throws Exception {
        JsonNode teams = SchemaCheck.parse(ask("<at>Capability bot</at> " + row.question()).body());
        JsonNode card = teams.path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(card);
        JsonNode slack = SchemaCheck.parse(slash(row.question()).body());
        String slackText = slack.path("text").asString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String teamsText = card.path("fallbackText").asString();
        assertThat(teamsText.length()).isGreaterThan(0);
        assertThat(slackText).as(row.question()).isEqualTo(teamsText.length() > 3_000
                ? teamsText.substring(0, 2_999) + "…" : teamsText);
        assertThat(card.path("body").get(0).path("text").asString())
                .isEqualTo(slack.path("blocks").get(0).path("text").path("text").asString());
    }

    private HttpResponse<String> ask(String text) throws Exception {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse(new String(exampleBody(), StandardCharsets.UTF_8));
        activity.put("text", text);
        byte[] body = activity.toString().getBytes(StandardCharsets.UTF_8);
        return post(body, new OutgoingWebhookSignature(TOKEN).sign(body));
    }

    private HttpResponse<String> slash(String text) throws Exception {
        String body = SharedFiles.payload("slash_command.form-urlencoded.java-bolt-SlashCommandTest.txt")
                .replace("command=/weather-123", "command=%2Fskills")
                .replace("text=94070", "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", SlackSigner.sign(SLACK_SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(byte[] body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/teams/webhook"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The example body exactly as Microsoft's docs give it, trailing spaces and final newline included. */
    private static byte[] exampleBody() throws IOException {
        return Files.readAllBytes(SharedFiles.dir().resolve("payloads/outgoing-webhook-example-inbound-message.msdocs.json"));
    }
}
