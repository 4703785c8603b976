package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SlackSigner;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * "My skills" through the running app, end to end: signed slash commands, the modal opened with
 * views.open, a view_submission in Slack's format, what is stored, and the gaps and chart sent to
 * the person's direct messages (conversations.open, chat.postMessage, files.uploadV2), with Slack
 * faked by WireMock. Also the ways one person might reach another's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "slack.bot-token=xoxb-test-token", "slack.signing-secret=" + SlackMySkillsIntegrationTest.SECRET,
        "spring.datasource.url=jdbc:h2:mem:slack-my-skills;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class SlackMySkillsIntegrationTest {

    static final String SECRET = "my-skills-signing-secret";
    static final WireMockServer SLACK = FakeSlack.start();
    private static final String LEVEL = "Senior infrastructure operations engineer";
    private static final String DM = "D0DIRECT01";

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        FakeSlack.register(registry, SLACK);
    }

    @LocalServerPort
    int port;

    @Autowired
    ProfileStore profiles;

    @Autowired
    ConversationEngine engine;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fakeSlack() {
        SLACK.resetAll();
        SLACK.stubFor(post("/api/auth.test").willReturn(okJson(
                "{\"ok\":true,\"team_id\":\"T0DDAT0001\",\"user_id\":\"U123\",\"bot_id\":\"B123\"}")));
        SLACK.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        SLACK.stubFor(post("/api/views.open").willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));
        FakeSlack.stubDirectMessagesAndFiles(SLACK, DM);
        SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
        SLACK.stubFor(post(urlPathMatching("/actions/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void meRecordsTheLevelAndAnswersOnlyThePerson() throws Exception {
        String user = newUser();
        HttpResponse<String> ack = send(slashCommand("me senior infrastructure operations engineer", user));
        assertThat(ack.statusCode()).isEqualTo(200);

        JsonNode response = SchemaCheck.parse(awaitOne("/commands/.*").getBodyAsString());
        assertThat(response.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(response.path("text").asString()).contains("Saved: you are a senior infrastructure operations engineer");
        SchemaCheck.assertValidMessageBlocks(response.path("blocks"));
        assertThat(profiles.profile(person(user)).orElseThrow().level()).isEqualTo(LEVEL);

        SLACK.resetRequests();
        send(slashCommand("me", user));
        JsonNode shown = SchemaCheck.parse(awaitOne("/commands/.*").getBodyAsString());
        assertThat(shown.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(shown.path("text").asString()).contains(LEVEL).contains("Lead infrastructure operations engineer");
    }

    @Test
    void assessOpensAModalPrefilledFromTheLastAssessment() throws Exception {
        String user = personAtSenior();
        RoleLevel level = level();
        String first = level.skills().get(0).skill();
        submit(user, LEVEL, Map.of(first, "practitioner"));
        awaitOne("/api/files.completeUploadExternal");

        SLACK.resetRequests();
        assertThat(send(slashCommand("assess", user)).statusCode()).isEqualTo(200);
        LoggedRequest opened = awaitOne("/api/views.open");
        Map<String, String> form = Payloads.form(opened.getBodyAsString());
        assertThat(form.get("trigger_id")).isEqualTo(Payloads.form(slashCommand("assess", user)).get("trigger_id"));
        JsonNode view = SchemaCheck.parse(form.get("view"));
        SchemaCheck.assertValidModal(view);
        assertThat(view.path("callback_id").asString()).isEqualTo("assessment");
        assertThat(view.path("private_metadata").asString()).isEqualTo(LEVEL);
        List<JsonNode> inputs = inputs(view);
        assertThat(inputs).hasSize(level.skills().size());
        assertThat(inputs.get(0).path("block_id").asString()).isEqualTo("skill:" + first);
        assertThat(inputs.get(0).path("element").path("initial_option").path("value").asString())
                .isEqualTo("practitioner");
        assertThat(inputs.get(1).path("element").has("initial_option")).isFalse();
        assertThat(inputs.get(0).path("element").path("options")).extracting(o -> o.path("value").asString())
                .containsExactly("not_yet", "awareness", "working", "practitioner", "expert");
        // Nothing went to the channel.
        assertThat(SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))).isEmpty();
    }

    @Test
    void aSubmittedAssessmentIsStoredAndTheGapsAndChartGoToTheDirectMessage() throws Exception {
        String user = personAtSenior();
        RoleLevel level = level();
        String first = level.skills().get(0).skill();
        String second = level.skills().get(1).skill();

        HttpResponse<String> ack = submit(user, LEVEL, Map.of(first, "expert", second, "not_yet"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).as("an empty ack closes the modal").isEmpty();

        LoggedRequest completed = awaitOne("/api/files.completeUploadExternal");
        assertThat(Payloads.form(completed.getBodyAsString())).containsEntry("channel_id", DM);
        assertThat(Payloads.form(awaitOne("/api/conversations.open").getBodyAsString())).containsEntry("users", user);
        Map<String, String> posted = Payloads.form(awaitOne("/api/chat.postMessage").getBodyAsString());
        assertThat(posted).containsEntry("channel", DM);
        assertThat(posted.get("text")).contains("Saved your self-assessment").contains(first + ": you: expert");
        SchemaCheck.assertValidMessageBlocks(SchemaCheck.parse(posted.get("blocks")));
        Map<String, String> upload = Payloads.form(awaitOne("/api/files.getUploadURLExternal").getBodyAsString());
        assertThat(upload.get("filename")).endsWith(".png");
        assertThat(upload.get("alt_txt")).contains(first);
        LoggedRequest bytes = awaitOne("/upload/.*");
        assertThat(bytes.getBody()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        var saved = profiles.latestAssessments(person(user), 1).get(0);
        assertThat(saved.level()).isEqualTo(LEVEL);
        // Kept in the level's order, whatever order the modal's state came in.
        assertThat(saved.ratings()).containsExactly(entry(first, SelfLevel.EXPERT), entry(second, SelfLevel.NOT_YET));
    }

    @Test
    void aForgedSubmissionIsRefusedAndNothingIsSaved() throws Exception {
        String user = personAtSenior();
        String first = level().skills().get(0).skill();

        // A skill the level does not have; a value that is not a level; a form for another level.
        List<HttpResponse<String>> forged = List.of(
                submit(user, LEVEL, Map.of("Juggling", "expert")),
                submit(user, LEVEL, Map.of(first, "grandmaster")),
                submit(user, "Lead infrastructure operations engineer", Map.of(first, "expert")));
        forged.forEach(r -> assertThat(r.statusCode()).isEqualTo(200));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).size() == 3);
        for (LoggedRequest refusal : SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))) {
            Map<String, String> form = Payloads.form(refusal.getBodyAsString());
            assertThat(form).containsEntry("channel", DM);
            assertThat(form.get("text")).contains("Your assessment was not saved");
        }
        assertThat(profiles.latestAssessments(person(user), 5)).isEmpty();
        assertThat(SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/files.getUploadURLExternal")))).isEmpty();
    }

    @Test
    void oneUserCannotSubmitIntoAnothersRecord() throws Exception {
        String owner = newUser();
        String other = newUser();
        send(slashCommand("me senior infrastructure operations engineer", owner));
        awaitOne("/commands/.*");
        String first = level().skills().get(0).skill();

        // The other user submits a form naming the owner's level: it is theirs that is checked, and they have none.
        submit(other, LEVEL, Map.of(first, "expert"));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).isEmpty());
        assertThat(Payloads.form(awaitOne("/api/conversations.open").getBodyAsString())).containsEntry("users", other);
        assertThat(profiles.latestAssessments(person(owner), 5)).isEmpty();
        assertThat(profiles.latestAssessments(person(other), 5)).isEmpty();
    }

    @Test
    void myGapsAskedInAChannelGoToTheDirectMessageNotTheChannel() throws Exception {
        String user = personAtSenior();

        ObjectNode event = (ObjectNode) SchemaCheck.parse(Payloads.OWN.text("app_mention"));
        event.put("event_id", "Ev" + System.nanoTime());
        ((ObjectNode) event.path("event")).put("user", user).put("text", "<@U123> my gaps");
        assertThat(send(event.toString(), "application/json").statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10))
                .until(() -> SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).size() == 2);
        List<Map<String, String>> posts = SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))
                .stream().map(r -> Payloads.form(r.getBodyAsString())).toList();
        String channel = event.path("event").path("channel").asString();
        Map<String, String> inChannel = posts.stream().filter(p -> channel.equals(p.get("channel"))).findFirst()
                .orElseThrow();
        assertThat(inChannel.get("text")).contains("I've sent you the answer in a direct message")
                .doesNotContain("senior").doesNotContain("Senior");
        Map<String, String> direct = posts.stream().filter(p -> DM.equals(p.get("channel"))).findFirst().orElseThrow();
        assertThat(direct.get("text")).contains("Skills of " + LEVEL);
    }

    @Test
    void forgetMeDeletesEveryRowAboutThePerson() throws Exception {
        String user = newUser();
        String neighbour = newUser();
        for (String who : List.of(user, neighbour)) {
            send(slashCommand("me senior infrastructure operations engineer", who));
            awaitOne("/commands/.*");
            SLACK.resetRequests();
            submit(who, LEVEL, Map.of(level().skills().get(0).skill(), "working"));
            awaitOne("/api/files.completeUploadExternal");
            SLACK.resetRequests();
        }
        assertThat(rowsAbout(user)).isPositive();

        send(slashCommand("forget me", user));
        JsonNode response = SchemaCheck.parse(awaitOne("/commands/.*").getBodyAsString());
        assertThat(response.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(response.path("text").asString()).contains("Deleted your role level and target and 1 self-assessment");
        assertThat(rowsAbout(user)).isZero();
        assertThat(rowsAbout(neighbour)).isPositive();
    }

    @Test
    void assessPressedOnTheHomeTabOpensTheModal() throws Exception {
        String user = personAtSenior();

        ObjectNode press = press("block_actions_home", user, "assess");
        assertThat(send("payload=" + URLEncoder.encode(press.toString(), StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        Map<String, String> opened = Payloads.form(awaitOne("/api/views.open").getBodyAsString());
        assertThat(opened.get("trigger_id")).isEqualTo(press.path("trigger_id").asString());
        SchemaCheck.assertValidModal(SchemaCheck.parse(opened.get("view")));
    }

    /** A personal button pressed on a message others see answers in a direct message, not over that message. */
    @Test
    void aPersonalButtonOnASharedMessageAnswersInTheDirectMessage() throws Exception {
        String user = personAtSenior();

        ObjectNode press = press("block_actions_message", user, "my gaps");
        ((ObjectNode) press.path("container")).put("is_ephemeral", false);
        send("payload=" + URLEncoder.encode(press.toString(), StandardCharsets.UTF_8));
        Map<String, String> posted = Payloads.form(awaitOne("/api/chat.postMessage").getBodyAsString());
        assertThat(posted).containsEntry("channel", DM);
        assertThat(posted.get("text")).contains("Skills of " + LEVEL);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> SLACK.findAll(postRequestedFor(urlPathMatching("/actions/.*"))).isEmpty());
    }

    @Test
    void somethingPersonalAskedBeforeALevelExplainsHowToStart() throws Exception {
        String user = newUser();
        send(slashCommand("my gaps", user));
        JsonNode response = SchemaCheck.parse(awaitOne("/commands/.*").getBodyAsString());
        assertThat(response.path("text").asString()).contains("I don't know your role level yet")
                .contains("/skills me ");
    }

    // --- helpers ---

    /** Rows naming the person, in every table that holds personal data. */
    private long rowsAbout(String user) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM person_profile WHERE user_id = :u)"
                + " + (SELECT COUNT(*) FROM self_assessment WHERE user_id = :u)").param("u", user)
                .query(Long.class).single();
    }

    private RoleLevel level() {
        return engine.model().level(LEVEL).orElseThrow().level();
    }

    private static List<JsonNode> inputs(JsonNode view) {
        List<JsonNode> inputs = new java.util.ArrayList<>();
        view.path("blocks").forEach(b -> {
            if ("input".equals(b.path("type").asString())) {
                inputs.add(b);
            }
        });
        return inputs;
    }

    /** A button press from the fixture, by {@code user}, carrying {@code command}. */
    private static ObjectNode press(String kind, String user, String command) {
        ObjectNode press = (ObjectNode) SchemaCheck.parse(Payloads.OWN.text(kind));
        ((ObjectNode) press.path("user")).put("id", user);
        press.put("trigger_id", "trigger-" + System.nanoTime());
        if (press.has("response_url")) {
            press.put("response_url", SLACK.baseUrl() + "/actions/1234/5678");
        }
        ((ObjectNode) press.path("actions").get(0)).put("value", command);
        return press;
    }

    private static PersonKey person(String user) {
        return new PersonKey(Platform.SLACK, "", user);
    }

    /** Someone who has told the bot they are a senior infrastructure operations engineer; requests seen so far cleared. */
    private String personAtSenior() throws Exception {
        String user = newUser();
        send(slashCommand("me senior infrastructure operations engineer", user));
        awaitOne("/commands/.*");
        SLACK.resetRequests();
        return user;
    }

    private static String newUser() {
        return "UT" + System.nanoTime();
    }

    private String slashCommand(String text, String user) {
        return Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", text, "user_id", user,
                "response_url", SLACK.baseUrl() + "/commands/1234/5678"));
    }

    /** A view_submission of the assessment modal, in Slack's format, from {@code user}. */
    private HttpResponse<String> submit(String user, String level, Map<String, String> ratings) throws Exception {
        ObjectNode payload = (ObjectNode) SchemaCheck.parse(Payloads.OWN.text("view_submission"));
        ((ObjectNode) payload.path("user")).put("id", user);
        ObjectNode view = (ObjectNode) payload.path("view");
        view.put("private_metadata", level);
        ObjectNode values = ((ObjectNode) view.path("state")).putObject("values");
        ratings.forEach((skill, code) -> values.putObject("skill:" + skill).putObject("level")
                .put("type", "static_select").putObject("selected_option").put("value", code)
                .putObject("text").put("type", "plain_text").put("text", code));
        return send("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String form) throws Exception {
        return send(form, "application/x-www-form-urlencoded");
    }

    private HttpResponse<String> send(String body, String contentType) throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", SlackSigner.sign(SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static LoggedRequest awaitOne(String pathPattern) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !SLACK.findAll(postRequestedFor(urlPathMatching(pathPattern))).isEmpty());
        return SLACK.findAll(postRequestedFor(urlPathMatching(pathPattern))).get(0);
    }
}
