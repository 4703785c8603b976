package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.changes.ChangeStore;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.support.DisplayNames;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SlackSigner;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * The running app over HTTP, with requests signed as Slack signs them, built from the project's
 * own payloads in Slack's formats (and, in {@link SlackAppSharedTest}, from the real captured
 * ones); the Slack Web API and response_url are faked by WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "slack.bot-token=xoxb-test-token", "slack.signing-secret=" + SlackAppIntegrationTest.SECRET,
        "spring.datasource.url=jdbc:h2:mem:slack-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class SlackAppIntegrationTest {

    static final String SECRET = "test-signing-secret";
    static final WireMockServer SLACK = FakeSlack.start();

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        FakeSlack.register(registry, SLACK);
    }

    @LocalServerPort
    int port;

    @Autowired
    ChangeStore changes;

    @Autowired
    SubscriptionStore subscriptions;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Where the request bodies come from: the project's own; the shared suite uses the real ones. */
    Payloads payloads() {
        return Payloads.OWN;
    }

    @BeforeEach
    void fakeSlack() {
        SLACK.resetAll();
        SLACK.stubFor(post("/api/auth.test").willReturn(okJson(
                "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"T\",\"user\":\"bot\","
                        + "\"team_id\":\"T123\",\"user_id\":\"U123\",\"bot_id\":\"B123\"}")));
        SLACK.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C123\",\"ts\":\"1.2\"}")));
        SLACK.stubFor(post("/api/views.publish").willReturn(okJson("{\"ok\":true}")));
        SLACK.stubFor(post(urlPathMatching("/actions/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    // --- requests Slack sends ---

    /** Signed, so past the signature check, but not what Slack sends: refused as bad input, never a server error. */
    @Test
    void aSignedEventWithMissingOrWrongTypedFieldsIsNeverAServerError() throws Exception {
        List<java.util.function.Consumer<ObjectNode>> breakages = List.of(
                e -> ((ObjectNode) e.path("event")).remove("channel"),
                e -> ((ObjectNode) e.path("event")).putNull("channel"),
                e -> ((ObjectNode) e.path("event")).putObject("text").put("a", 1),
                e -> ((ObjectNode) e.path("event")).putArray("user").add("U1"),
                e -> ((ObjectNode) e.path("event")).putObject("ts").put("x", 1),
                e -> e.put("event_time", "abc"),
                e -> e.putObject("event").put("type", "tokens_revoked").put("tokens", "x"),
                e -> e.putObject("event").put("type", "app_home_opened").put("user", "U1").put("view", "str"));
        for (var breakage : breakages) {
            ObjectNode event = event("app_mention");
            breakage.accept(event);
            HttpResponse<String> response = send(event.toString(), "application/json");
            assertThat(response.statusCode()).as(event.toString()).isIn(200, 400);
        }
        ObjectNode message = event("message_im");
        ((ObjectNode) message.path("event")).remove("channel");
        assertThat(send(message.toString(), "application/json").statusCode()).isIn(200, 400);
        ObjectNode press = (ObjectNode) SchemaCheck.parse(payloads().text("block_actions_message"));
        press.putArray("actions");
        assertThat(send("payload=" + URLEncoder.encode(press.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded").statusCode()).isIn(200, 400);
        assertThat(SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))).isEmpty();
    }

    @Test
    void answersTheUrlVerificationChallenge() throws Exception {
        String body = payloads().text("url_verification");
        HttpResponse<String> response = send(body, "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(SchemaCheck.parse(body).path("challenge").asString());
    }

    @Test
    void slashCommandAnswersPrivatelyInTheAcknowledgement() throws Exception {
        HttpResponse<String> response = send(slashCommand("how do I get from senior to lead"),
                "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = SchemaCheck.parse(response.body());
        assertThat(body.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(body.path("text").asString()).contains("Change management: working → practitioner");
        SchemaCheck.assertValidMessageBlocks(body.path("blocks"));
    }

    @Test
    void slashCommandWithPublicSharesTheAnswerInTheChannel() throws Exception {
        HttpResponse<String> response = send(slashCommand("senior public"), "application/x-www-form-urlencoded");
        JsonNode body = SchemaCheck.parse(response.body());
        assertThat(body.path("response_type").asString()).isEqualTo("in_channel");
        assertThat(body.path("blocks").get(0).path("text").path("text").asString())
                .startsWith("Senior infrastructure operations engineer");
    }

    @Test
    void mentionIsAnsweredInItsThread() throws Exception {
        ObjectNode event = event("app_mention");
        ((ObjectNode) event.path("event")).put("text", "<@U123> what grade is a lead");
        HttpResponse<String> response = send(event.toString(), "application/json");
        assertThat(response.statusCode()).isEqualTo(200);

        LoggedRequest posted = awaitOne("/api/chat.postMessage");
        Map<String, String> form = form(posted.getBodyAsString());
        assertThat(form).containsEntry("channel", event.path("event").path("channel").asString())
                .containsEntry("thread_ts", threadOf(event));
        assertThat(form.get("text")).contains("SEO (Senior Executive Officer) or G7 (Grade 7)");
        SchemaCheck.assertValidMessageBlocks(SchemaCheck.parse(form.get("blocks")));
    }

    /** A tips command in a mention (with or without the slash command's name) goes to the same core as /skills. */
    @Test
    void aTipsCommandInAMentionTurnsTipsOnForThatChannel() throws Exception {
        String channel = newChannel();
        ObjectNode event = event("app_mention");
        ((ObjectNode) event.path("event")).put("channel", channel).put("text", "<@U123> /skills tips on 07:45 UTC");
        String user = event.path("event").path("user").asString();
        var named = SLACK.stubFor(post("/api/users.info").withRequestBody(containing(user)).willReturn(okJson(
                "{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"real_name\":\"Ada Lovelace\","
                        + "\"profile\":{\"display_name\":\"ada <!channel>\"}}}")));
        assertThat(send(event.toString(), "application/json").statusCode()).isEqualTo(200);

        Map<String, String> form = form(awaitOne("/api/chat.postMessage").getBodyAsString());
        assertThat(form).containsEntry("channel", channel).containsEntry("thread_ts", threadOf(event));
        assertThat(form.get("text")).contains("@ada channel turned on daily tips here: 07:45 UTC on weekdays");
        SLACK.removeStub(named); // other tests read this user's time zone
        assertThat(subscriptions.find(Platform.SLACK, channel).orElseThrow().active()).isTrue();

        SLACK.resetRequests();
        ObjectNode status = event("app_mention");
        ((ObjectNode) status.path("event")).put("channel", channel).put("text", "<@U123> tips");
        send(status.toString(), "application/json");
        assertThat(form(awaitOne("/api/chat.postMessage").getBodyAsString()).get("blocks"))
                .as("Slack wording").contains("Change them with /skills tips on ..., stop them with /skills tips off.");
    }

    @Test
    void directMessageIsAnsweredInTheConversation() throws Exception {
        ObjectNode event = event("message_im");
        ((ObjectNode) event.path("event")).put("text", "incidnet managment");
        send(event.toString(), "application/json");

        Map<String, String> form = form(awaitOne("/api/chat.postMessage").getBodyAsString());
        assertThat(form).containsEntry("channel", event.path("event").path("channel").asString());
        // In a direct message the answer follows the question, or stays in the thread it was asked in.
        if (event.path("event").hasNonNull("thread_ts")) {
            assertThat(form).containsEntry("thread_ts", event.path("event").path("thread_ts").asString());
        } else {
            assertThat(form).doesNotContainKey("thread_ts");
        }
        assertThat(form.get("text")).startsWith("Incident management");
    }

    @Test
    void ignoresBotsEditsAndItself() throws Exception {
        ObjectNode fromBot = event("message_im");
        ((ObjectNode) fromBot.path("event")).put("bot_id", "B999");
        ObjectNode edited = event("message_im");
        ((ObjectNode) edited.path("event")).put("subtype", "message_changed");
        ObjectNode itself = event("message_im");
        ((ObjectNode) itself.path("event")).put("user", "U123");
        ObjectNode channel = event("message_channel");
        for (ObjectNode event : List.of(fromBot, edited, itself, channel)) {
            assertThat(send(event.toString(), "application/json").statusCode()).isEqualTo(200);
        }
        // A real question afterwards is answered: so the ones before were ignored, not delayed.
        ObjectNode real = event("message_im");
        send(real.toString(), "application/json");
        awaitOne("/api/chat.postMessage");
        assertPostsStay("/api/chat.postMessage", 1);
    }

    @Test
    void theSameEventDeliveredThreeTimesIsAnsweredOnce() throws Exception {
        ObjectNode event = event("app_mention");
        String body = event.toString();
        assertThat(send(body, "application/json", Map.of()).statusCode()).isEqualTo(200);
        assertThat(send(body, "application/json", Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        assertThat(send(body, "application/json", Map.of("X-Slack-Retry-Num", "2",
                "X-Slack-Retry-Reason", "http_timeout")).statusCode()).isEqualTo(200);
        awaitOne("/api/chat.postMessage");
        assertPostsStay("/api/chat.postMessage", 1);
    }

    @Test
    void buttonOnAMessageReplacesItThroughTheResponseUrl() throws Exception {
        ObjectNode payload = (ObjectNode) SchemaCheck.parse(payloads().text("block_actions_message"));
        payload.put("response_url", SLACK.baseUrl() + "/actions/T111/111/random-value");
        ObjectNode action = (ObjectNode) payload.path("actions").get(0);
        action.put("action_id", "ask:1").put("value", "compare Senior infrastructure operations engineer to "
                + "Lead infrastructure operations engineer");
        HttpResponse<String> response = send("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(response.statusCode()).isEqualTo(200);

        LoggedRequest replaced = awaitOne("/actions/T111/111/random-value");
        JsonNode body = SchemaCheck.parse(replaced.getBodyAsString());
        assertThat(body.path("replace_original").asBoolean()).isTrue();
        assertThat(body.path("text").asString()).startsWith("From Senior infrastructure operations engineer");
        SchemaCheck.assertValidMessageBlocks(body.path("blocks"));
    }

    @Test
    void buttonInTheHomeTabShowsTheAnswerThere() throws Exception {
        ObjectNode payload = (ObjectNode) SchemaCheck.parse(payloads().text("block_actions_home"));
        ObjectNode action = (ObjectNode) payload.path("actions").get(0);
        action.put("action_id", "ask:home-3").put("value", "Lead infrastructure operations engineer");
        send("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");

        Map<String, String> form = form(awaitOne("/api/views.publish").getBodyAsString());
        JsonNode view = SchemaCheck.parse(form.get("view"));
        assertThat(view.path("type").asString()).isEqualTo("home");
        assertThat(view.path("blocks").get(0).path("text").path("text").asString())
                .startsWith("Lead infrastructure operations engineer");
        SchemaCheck.assertValidBlocks(view.path("blocks"));
    }

    @Test
    void openingTheHomeTabPublishesTheBrowser() throws Exception {
        ObjectNode event = event("app_mention");
        ObjectNode home = event.objectNode();
        home.put("type", "app_home_opened").put("user", "U234").put("channel", "D123").put("tab", "home")
                .put("event_ts", "1583636399.000700");
        event.set("event", home);
        send(event.toString(), "application/json");

        Map<String, String> form = form(awaitOne("/api/views.publish").getBodyAsString());
        assertThat(form).containsEntry("user_id", "U234");
        JsonNode view = SchemaCheck.parse(form.get("view"));
        SchemaCheck.assertValidBlocks(view.path("blocks"));
        assertThat(view.toString()).contains("Associate infrastructure operations engineer").contains("User focus");
    }

    // --- daily tips ---

    @Test
    void tipsCommandsConfirmInTheChannelAndRefuseMistakesPrivately() throws Exception {
        String tipsChannel1 = newChannel();
        assertThat(send(slashCommand("tips on 25:99", tipsChannel1), "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
        JsonNode refused = SchemaCheck.parse(awaitOne("/commands/1234/5678").getBodyAsString());
        assertThat(refused.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(refused.path("text").asString()).contains("25:99").contains("isn't a time of day");
        assertThat(refused.path("blocks").toString()).as("Slack wording").contains("/skills tips on 09:30");
        assertThat(subscriptions.find(Platform.SLACK, tipsChannel1)).isEmpty();

        SLACK.resetRequests();
        send(slashCommand("tips on 08:45 Europe/London daily", tipsChannel1), "application/x-www-form-urlencoded");
        JsonNode confirmed = SchemaCheck.parse(awaitOne("/commands/1234/5678").getBodyAsString());
        assertThat(confirmed.path("response_type").asString()).isEqualTo("in_channel");
        assertThat(confirmed.path("text").asString())
                .contains("@" + DisplayNames.plain(slashField("user_name"))
                        + " turned on daily tips here: 08:45 Europe/London every day");
        SchemaCheck.assertValidMessageBlocks(confirmed.path("blocks"));
        assertThat(subscriptions.find(Platform.SLACK, tipsChannel1).orElseThrow().active()).isTrue();
    }

    @Test
    void changesOnIsSaidInTheChannelAndChangesAnswersPrivatelyWithTheUpdatesLink() throws Exception {
        String channel = newChannel();
        send(slashCommand("changes on", channel), "application/x-www-form-urlencoded");
        JsonNode confirmed = SchemaCheck.parse(awaitOne("/commands/1234/5678").getBodyAsString());
        assertThat(confirmed.path("response_type").asString()).isEqualTo("in_channel");
        assertThat(confirmed.path("text").asString()).contains("turned on framework change announcements here")
                .contains("/skills changes off");
        SchemaCheck.assertValidMessageBlocks(confirmed.path("blocks"));
        assertThat(changes.isOn(Platform.SLACK, "", channel)).isTrue();

        SLACK.resetRequests();
        send(slashCommand("changes", channel), "application/x-www-form-urlencoded");
        JsonNode latest = SchemaCheck.parse(awaitOne("/commands/1234/5678").getBodyAsString());
        assertThat(latest.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(latest.path("blocks").toString()).contains("ddat-capability-framework.service.gov.uk");
    }

    @Test
    void tipsDefaultToTheUsersSlackTimeZone() throws Exception {
        String tipsChannel2 = newChannel();
        SLACK.stubFor(post("/api/users.info").willReturn(okJson(
                "{\"ok\":true,\"user\":{\"id\":\"" + slashField("user_id") + "\",\"tz\":\"America/New_York\"}}")));
        send(slashCommand("tips on", tipsChannel2), "application/x-www-form-urlencoded");
        JsonNode confirmed = SchemaCheck.parse(awaitOne("/commands/1234/5678").getBodyAsString());
        assertThat(confirmed.path("text").asString()).contains("09:30 America/New_York on weekdays");

        ObjectNode uninstalled = event("app_mention");
        uninstalled.set("event", uninstalled.objectNode().put("type", "app_uninstalled"));
        send(uninstalled.toString(), "application/json");
        await().atMost(Duration.ofSeconds(5)).until(() ->
                !subscriptions.find(Platform.SLACK, tipsChannel2).orElseThrow().active());
        assertThat(subscriptions.find(Platform.SLACK, tipsChannel2).orElseThrow().pausedReason())
                .hasValueSatisfying(r -> assertThat(r).contains("uninstalled"));
    }

    @Test
    void revokedTokensPauseTheTipsWithTheReason() throws Exception {
        String tipsChannel3 = newChannel();
        send(slashCommand("tips on 10:00 Europe/London", tipsChannel3), "application/x-www-form-urlencoded");
        await().atMost(Duration.ofSeconds(5)).until(() -> subscriptions.find(Platform.SLACK, tipsChannel3).isPresent());
        assertThat(subscriptions.find(Platform.SLACK, tipsChannel3).orElseThrow().active()).isTrue();

        ObjectNode revoked = event("app_mention");
        ObjectNode tokens = revoked.objectNode();
        tokens.putObject("tokens").putArray("bot").add("U123");
        revoked.set("event", revoked.objectNode().put("type", "tokens_revoked").set("tokens", tokens.path("tokens")));
        assertThat(send(revoked.toString(), "application/json").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() ->
                !subscriptions.find(Platform.SLACK, tipsChannel3).orElseThrow().active());
        assertThat(subscriptions.find(Platform.SLACK, tipsChannel3).orElseThrow().pausedReason())
                .hasValueSatisfying(r -> assertThat(r).contains("tokens were revoked"));
    }

    // --- what is refused ---

    @Test
    void aBadSignatureIsRefused() throws Exception {
        String body = slashCommand("senior");
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> response = raw(body, "application/x-www-form-urlencoded", now,
                SlackSigner.sign("not-the-secret", now, body), Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anOldTimestampIsRefused() throws Exception {
        String body = slashCommand("senior");
        long sixMinutesAgo = Instant.now().minusSeconds(360).getEpochSecond();
        HttpResponse<String> response = raw(body, "application/x-www-form-urlencoded", sixMinutesAgo,
                SlackSigner.sign(SECRET, sixMinutesAgo, body), Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyThatIsNotWhatWasSignedIsRefused() throws Exception {
        String body = slashCommand("senior");
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> response = raw(body.replace("senior", "lead"), "application/x-www-form-urlencoded",
                now, SlackSigner.sign(SECRET, now, body), Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void malformedPayloadsAreBadRequestsNotServerErrors() throws Exception {
        for (String[] bad : List.of(
                new String[] {"{\"type\":\"event_callback\",\"event\":", "application/json"},
                new String[] {"not json at all", "application/json"},
                new String[] {"payload=%7Bnot-json", "application/x-www-form-urlencoded"},
                new String[] {"payload=", "application/x-www-form-urlencoded"},
                new String[] {"%%%", "application/x-www-form-urlencoded"})) {
            HttpResponse<String> response = send(bad[0], bad[1]);
            assertThat(response.statusCode()).as("%s", bad[0]).isEqualTo(400);
        }
    }

    // --- when Slack fails ---

    @Test
    void aRateLimitedPostIsRetriedAfterRetryAfter() throws Exception {
        SLACK.stubFor(post("/api/chat.postMessage").inScenario("limited").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                        .withHeader("x-slack-req-id", "req-1").withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
                .willSetStateTo("ok"));
        SLACK.stubFor(post("/api/chat.postMessage").inScenario("limited").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"ok\":true}")));
        send(event("app_mention").toString(), "application/json");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).size() == 2);
        List<LoggedRequest> posts = SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")));
        assertThat(posts.get(1).getLoggedDate().getTime() - posts.get(0).getLoggedDate().getTime())
                .isGreaterThanOrEqualTo(900);
        assertThat(posts.get(1).getBodyAsString()).isEqualTo(posts.get(0).getBodyAsString());
    }

    @Test
    void aPermanentFailureIsFollowedByAnApology() throws Exception {
        SLACK.stubFor(post("/api/chat.postMessage").withRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .containing("blocks"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"invalid_blocks\"}")));
        send(event("app_mention").toString(), "application/json");
        await().atMost(Duration.ofSeconds(5)).until(() ->
                SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).size() == 2);
        Map<String, String> apology = form(SLACK.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")))
                .get(1).getBodyAsString());
        assertThat(apology.get("text")).isEqualTo(SlackReplies.APOLOGY);
        assertThat(apology).containsEntry("thread_ts", threadOf(event("app_mention")));
    }

    // --- helpers ---

    /** An Events API payload with an event id of its own (so the once-only check lets it through). */
    private ObjectNode event(String kind) {
        ObjectNode event = (ObjectNode) SchemaCheck.parse(payloads().text(kind));
        event.put("event_id", "Ev" + System.nanoTime());
        return event;
    }

    /** A channel no other test (nor the shared-suite run, which shares the database) has used. */
    private static String newChannel() {
        return "CT" + System.nanoTime();
    }

    /** Where the bot answers an event: the thread it is in, or a new thread under it. */
    private static String threadOf(JsonNode event) {
        JsonNode inner = event.path("event");
        return inner.hasNonNull("thread_ts") ? inner.path("thread_ts").asString() : inner.path("ts").asString();
    }

    private String slashField(String name) {
        return Payloads.form(payloads().text("slash")).get(name);
    }

    /** The slash command payload for /skills, in a channel of the test's own. */
    private String slashCommand(String text, String channel) {
        return payloads().slashCommand(Map.of("command", "/skills", "text", text, "channel_id", channel,
                "response_url", SLACK.baseUrl() + "/commands/1234/5678"));
    }

    private String slashCommand(String text) {
        return payloads().slashCommand(Map.of("command", "/skills", "text", text,
                "response_url", SLACK.baseUrl() + "/commands/1234/5678"));
    }

    /** Nothing more is posted to the path for a while (long enough for a second post to show up). */
    private static void assertPostsStay(String path, int count) {
        await().during(Duration.ofMillis(700)).atMost(Duration.ofSeconds(2))
                .until(() -> SLACK.findAll(postRequestedFor(urlEqualTo(path))).size() == count);
    }

    private HttpResponse<String> send(String body, String contentType) throws Exception {
        return send(body, contentType, Map.of());
    }

    private HttpResponse<String> send(String body, String contentType, Map<String, String> headers) throws Exception {
        long now = Instant.now().getEpochSecond();
        return raw(body, contentType, now, SlackSigner.sign(SECRET, now, body), headers);
    }

    private HttpResponse<String> raw(String body, String contentType, long timestamp, String signature,
                                     Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static LoggedRequest awaitOne(String path) {
        await().atMost(Duration.ofSeconds(5)).until(() -> !SLACK.findAll(postRequestedFor(urlPathEqualTo(path))).isEmpty());
        return SLACK.findAll(postRequestedFor(urlPathEqualTo(path))).get(0);
    }

    static Map<String, String> form(String body) {
        return Payloads.form(body);
    }
}
