package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SlackSigner;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Sharing with a line manager and the team view through the running app, end to end: signed slash
 * commands and direct messages in Slack's format, the heatmap uploaded to the manager's direct
 * messages (files.uploadV2), with Slack faked by WireMock; share, team view, unshare, team view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "slack.bot-token=xoxb-test-token", "slack.signing-secret=" + SlackTeamViewIntegrationTest.SECRET,
        "spring.datasource.url=jdbc:h2:mem:slack-team-view;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class SlackTeamViewIntegrationTest {

    static final String SECRET = "team-view-signing-secret";
    static final WireMockServer SLACK = FakeSlack.start();
    private static final String LEVEL = "Senior infrastructure operations engineer";
    private static final String DM = "D0MANAGER1";

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

    private final HttpClient http = HttpClient.newHttpClient();

    /** Our own payloads; the shared suite runs these tests again with Slack's real ones. */
    Payloads payloads() {
        return Payloads.OWN;
    }

    @BeforeEach
    void fakeSlack() {
        SLACK.resetAll();
        SLACK.stubFor(post("/api/auth.test").willReturn(okJson(
                "{\"ok\":true,\"team_id\":\"T0DDAT0001\",\"user_id\":\"U123\",\"bot_id\":\"B123\"}")));
        SLACK.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        FakeSlack.stubDirectMessagesAndFiles(SLACK, DM);
        SLACK.stubFor(post("/api/users.info").willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U0BOSS\","
                + "\"real_name\":\"Boss Person\",\"profile\":{\"display_name\":\"boss\"}}}")));
        SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void shareThenTeamViewWithTheHeatmapThenUnshareThenTeamViewWithoutThem(CapturedOutput logs) throws Exception {
        String member = assessedMember();
        String manager = newUser();

        JsonNode shared = command("share with <@" + manager + "|boss>", member, "alex.smith");
        assertThat(shared.path("text").asString()).contains("Shared with boss");

        JsonNode team = command("team", manager, "boss");
        assertThat(team.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(team.path("text").asString()).contains("Your team: 1 person shares their skills with you")
                .contains("@alex smith, " + LEVEL).contains(level().skills().get(0).skill() + ": 1 below")
                .contains("I've sent you the chart in a direct message");
        Map<String, String> upload = Payloads.form(awaitOne("/api/files.getUploadURLExternal").getBodyAsString());
        assertThat(upload.get("filename")).isEqualTo("team-skills.png");
        assertThat(upload.get("alt_txt")).startsWith("Team skills heatmap of 1 person").contains("@alex smith");
        assertThat(awaitOne("/upload/.*").getBody()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(Payloads.form(awaitOne("/api/files.completeUploadExternal").getBodyAsString()))
                .containsEntry("channel_id", DM);
        assertThat(Payloads.form(awaitOne("/api/conversations.open").getBodyAsString())).containsEntry("users", manager);

        assertThat(command("unshare <@" + manager + "|boss>", member, "alex.smith").path("text").asString())
                .contains("Stopped sharing with boss");

        JsonNode after = command("team", manager, "boss");
        assertThat(after.path("text").asString()).contains("Nobody shares their skills with you yet")
                .doesNotContain("alex");
        assertThat(SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/files.getUploadURLExternal")))).isEmpty();
        // Nothing personal in the logs: no ids, no names, no levels or ratings.
        assertThat(logs.getAll()).doesNotContain(member).doesNotContain(manager).doesNotContain("alex")
                .doesNotContain("Boss").doesNotContain(LEVEL);
    }

    @Test
    void theTeamViewIsNeverPostedToTheChannelEvenWithPublic() throws Exception {
        String member = assessedMember();
        String manager = newUser();
        command("share with <@" + manager + "|boss>", member, "alex.smith");

        JsonNode team = command("team public", manager, "boss");
        assertThat(team.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(team.path("text").asString()).contains("@alex smith");
    }

    @Test
    void someoneWhoHasNotBeenSharedWithSeesNobody() throws Exception {
        String member = assessedMember();
        String manager = newUser();
        command("share with <@" + manager + "|boss>", member, "alex.smith");

        // Another user, the member themself, and a name typed rather than mentioned.
        for (String who : List.of(newUser(), member)) {
            assertThat(command("team", who, "nosy").path("text").asString())
                    .contains("Nobody shares their skills with you yet").doesNotContain("alex");
        }
        assertThat(command("share with @boss", member, "alex.smith").path("text").asString())
                .contains("Who should see your skills?");
        assertThat(command("shared", member, "alex.smith").path("text").asString())
                .contains("1 person sees your skills").contains("boss, since");
    }

    @Test
    void aShareSentAsADirectMessageNamesTheManagerFromSlack() throws Exception {
        String member = assessedMember();
        ObjectNode event = (ObjectNode) SchemaCheck.parse(payloads().text("message_im"));
        event.put("event_id", "Ev" + System.nanoTime());
        ((ObjectNode) event.path("event")).put("user", member).put("text", "share with <@U0BOSS>")
                .put("channel", DM).remove("thread_ts");
        assertThat(send(event.toString(), "application/json").statusCode()).isEqualTo(200);

        Map<String, String> posted = Payloads.form(awaitOne("/api/chat.postMessage").getBodyAsString());
        assertThat(posted.get("text")).contains("Shared with boss");
        SchemaCheck.assertValidMessageBlocks(SchemaCheck.parse(posted.get("blocks")));
        assertThat(profiles.profile(person(member))).isPresent();

        JsonNode team = command("team", "U0BOSS", "boss");
        assertThat(team.path("text").asString()).contains("Your team: 1 person").contains(LEVEL);
        command("forget me", "U0BOSS", "boss");
        assertThat(command("shared", member, "alex.smith").path("text").asString()).contains("Nobody sees your skills");
    }

    // --- helpers ---

    /** Someone at the senior level who has assessed two skills (below, then above what it needs). */
    private String assessedMember() throws Exception {
        String user = newUser();
        command("me senior infrastructure operations engineer", user, "alex.smith");
        RoleLevel level = level();
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        ratings.put(level.skills().get(0).skill(), SelfLevel.NOT_YET);
        ratings.put(level.skills().get(1).skill(), SelfLevel.EXPERT);
        profiles.saveAssessment(new Assessment(person(user), engine.model().level(LEVEL).orElseThrow().role().name(),
                LEVEL, Instant.now(), ratings));
        return user;
    }

    private RoleLevel level() {
        return engine.model().level(LEVEL).orElseThrow().level();
    }

    private static PersonKey person(String user) {
        return new PersonKey(Platform.SLACK, "", user);
    }

    private static String newUser() {
        return "UT" + System.nanoTime();
    }

    /** A signed /skills command; its response (to response_url), checked against Block Kit. Requests cleared first. */
    private JsonNode command(String text, String user, String userName) throws Exception {
        SLACK.resetRequests();
        String body = payloads().slashCommand(Map.of("command", "/skills", "text", text, "user_id", user,
                "user_name", userName, "response_url", SLACK.baseUrl() + "/commands/1234/5678"));
        assertThat(send(body, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        JsonNode response = SchemaCheck.parse(awaitOne("/commands/.*").getBodyAsString());
        SchemaCheck.assertValidMessageBlocks(response.path("blocks"));
        return response;
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
