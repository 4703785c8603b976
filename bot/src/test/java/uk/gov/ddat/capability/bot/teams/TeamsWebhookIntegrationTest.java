package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Intent;
import uk.gov.ddat.capability.bot.conversation.QuestionTable;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SlackSigner;
import uk.gov.ddat.capability.bot.testing.VisibleContent;

/**
 * The outgoing webhook of the running app, with bodies signed as Teams signs them, and the
 * question table asked through Teams and through Slack in the same app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "teams.outgoing-webhook-secret=" + TeamsWebhookIntegrationTest.TOKEN,
        "slack.bot-token=xoxb-test", "slack.signing-secret=" + TeamsWebhookIntegrationTest.SLACK_SECRET,
        "spring.datasource.url=jdbc:h2:mem:teams-webhook;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class TeamsWebhookIntegrationTest {

    static final String TOKEN = "vqF0En+Z0ucuRTM/01o2GuhMH3hKKk/N2bOmlM31zaA=";
    static final String SLACK_SECRET = "slack-secret";
    static final WireMockServer SLACK = FakeSlack.start();

    static {
        SLACK.stubFor(WireMock.post("/api/auth.test").willReturn(WireMock.okJson(
                "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\",\"bot_id\":\"B1\"}")));
    }

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        // One fake Slack for this class and its shared-suite subclass, which share the cached
        // application context that points at it; it stops with the test JVM.
        FakeSlack.register(registry, SLACK);
    }

    @LocalServerPort
    int port;

    @Autowired
    ConversationEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Where the example message comes from: the project's own; the shared suite uses Microsoft's. */
    Payloads payloads() {
        return Payloads.OWN;
    }

    @Test
    void theExampleMessageIsAnsweredWithACard() throws Exception {
        byte[] body = payloads().bytes("teams_webhook");
        HttpResponse<String> response = post(body, new OutgoingWebhookSignature(TOKEN).sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode reply = SchemaCheck.parse(response.body());
        assertThat(reply.path("type").asString()).isEqualTo("message");
        JsonNode card = reply.path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(card);
        // The question is what is left once the mentions are taken out.
        String question = SchemaCheck.parse(new String(body, StandardCharsets.UTF_8)).path("text").asString()
                .replaceAll("<at>[^<]*</at>", "").strip();
        assertThat(card.path("fallbackText").asString()).isEqualTo(engine.answer(question).plainText());
    }

    @Test
    void aWrongOrMissingSignatureOrATamperedBodyIsRefused() throws Exception {
        byte[] body = payloads().bytes("teams_webhook");
        String signed = new OutgoingWebhookSignature(TOKEN).sign(body);
        // The token used as the key without base64-decoding it first: the classic mistake.
        String undecoded = "HMAC " + java.util.Base64.getEncoder().encodeToString(hmac(
                TOKEN.getBytes(StandardCharsets.UTF_8), body));
        assertThat(undecoded).isNotEqualTo(signed);
        assertThat(post(body, undecoded).statusCode()).isEqualTo(401);
        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(post(body, "HMAC ").statusCode()).isEqualTo(401);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replaceFirst("\\{", "{ ")
                .getBytes(StandardCharsets.UTF_8); // the same JSON, not the same bytes
        assertThat(tampered).isNotEqualTo(body);
        assertThat(post(tampered, signed).statusCode()).isEqualTo(401);
        assertThat(post(body, signed).statusCode()).isEqualTo(200);
    }

    private static byte[] hmac(byte[] key, byte[] body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(body);
    }

    @Test
    void aSignedMalformedBodyIsABadRequest() throws Exception {
        byte[] body = "{not json".getBytes(StandardCharsets.UTF_8);
        assertThat(post(body, new OutgoingWebhookSignature(TOKEN).sign(body)).statusCode()).isEqualTo(400);
    }

    /**
     * An outgoing webhook can only answer, so daily tips cannot be turned on through it: typed as
     * Teams users type it, or pasted with Slack's command name, the answer says so in Teams' words.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"<at>Bot</at> tips on 09:30 Europe/London",
            "<at>Bot</at> /skills tips on 09:30 Europe/London weekdays", "/skills tips on 09:30 Europe/London"})
    void tipsNeedTheBotNotAWebhook(String text) throws Exception {
        JsonNode reply = SchemaCheck.parse(ask(text).body());
        assertThat(reply.path("summary").asString()).isEqualTo("Daily tips can't be turned on here");
        String shown = reply.path("attachments").get(0).path("content").path("fallbackText").asString();
        assertThat(shown).contains("install the capability framework bot app").doesNotContain("/skills");
    }

    /** A webhook answers in the channel, where others would see it: personal commands are declined there. */
    @Test
    void personalCommandsAreDeclinedThroughAWebhook() throws Exception {
        for (String text : List.of("<at>Bot</at> me senior infrastructure operations engineer",
                "<at>Bot</at> /skills my gaps", "<at>Bot</at> forget me")) {
            JsonNode card = SchemaCheck.parse(ask(text).body()).path("attachments").get(0).path("content");
            AdaptiveCards.assertValid(card);
            assertThat(card.path("fallbackText").asString()).as(text).contains("Ask me about yourself privately")
                    .contains("personal chat").doesNotContain("/skills");
        }
    }

    @Test
    void aPastedSlashCommandIsAnsweredLikeTheWordsAfterIt() throws Exception {
        JsonNode pasted = SchemaCheck.parse(ask("<at>Bot</at> /skills senior").body());
        JsonNode typed = SchemaCheck.parse(ask("<at>Bot</at> senior").body());
        assertThat(pasted.path("attachments").get(0).path("content").path("fallbackText").asString())
                .isEqualTo(typed.path("attachments").get(0).path("content").path("fallbackText").asString())
                .contains("Senior");
    }

    static Stream<QuestionTable.Row> questions() {
        return QuestionTable.rows(QuestionTable.BUNDLED).stream().filter(r -> r.intent() != Intent.TIP);
    }

    /**
     * The same question through Teams and through Slack shows the same content: what each platform
     * was really sent (the card, the blocks), with each one's markup taken off.
     */
    @ParameterizedTest
    @MethodSource("questions")
    void teamsAndSlackShowTheSameAnswer(QuestionTable.Row row) throws Exception {
        JsonNode card = SchemaCheck.parse(ask("<at>Capability bot</at> " + row.question()).body())
                .path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(card);
        JsonNode slack = SchemaCheck.parse(slash(row.question()).body());
        SchemaCheck.assertValidMessageBlocks(slack.path("blocks"));
        VisibleContent.Seen inSlack = VisibleContent.slack(slack.path("blocks"));
        VisibleContent.Seen inTeams = VisibleContent.teams(card);
        assertThat(inTeams.lines()).as("no Slack command in Teams").noneMatch(l -> l.contains("/skills"));
        if (row.intent() == Intent.HELP) {
            // The help is worded for each platform: "/skills roles" in Slack is "roles" in Teams.
            assertThat(inSlack.lines()).contains("/skills roles");
            assertThat(inTeams.lines()).contains("roles");
            inSlack = withoutWording(inSlack);
            inTeams = withoutWording(inTeams);
        }
        VisibleContent.assertSameContent(inSlack, inTeams, row.question());
    }

    /** The lines with the platform's way of asking taken out. */
    private static VisibleContent.Seen withoutWording(VisibleContent.Seen seen) {
        return new VisibleContent.Seen(seen.lines().stream().filter(l -> !l.startsWith("Ask in your own words"))
                .map(l -> l.startsWith("/skills ") ? l.substring("/skills ".length()) : l).toList(), seen.cut());
    }

    private HttpResponse<String> ask(String text) throws Exception {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse(payloads().text("teams_webhook"));
        activity.put("text", text);
        byte[] body = activity.toString().getBytes(StandardCharsets.UTF_8);
        return post(body, new OutgoingWebhookSignature(TOKEN).sign(body));
    }

    private HttpResponse<String> slash(String text) throws Exception {
        String body = Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", text));
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
}
