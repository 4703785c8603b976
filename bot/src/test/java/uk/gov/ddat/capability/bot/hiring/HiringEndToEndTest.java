package uk.gov.ddat.capability.bot.hiring;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.aad.msal4j.IHttpClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * The job advert draft and interview aid through the running app, end to end: signed Slack slash
 * commands and mentions (the card through the response_url or chat.postMessage, the files through
 * files.uploadV2) and Bot Framework activities (the card through the Connector API, the files from
 * the bot's short-lived links), with Slack, the Connector API and the identity platform faked by
 * WireMock. Here on the bundled role; {@code HiringEndToEndOfficialExportTest} runs the same on a
 * role of the official export, and {@code HiringEndToEndSharedTest} with the schema checks on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "slack.bot-token=xoxb-test-token", "slack.signing-secret=" + HiringEndToEndTest.SECRET,
        "teams.app-id=" + HiringEndToEndTest.APP_ID, "teams.app-password=secret", "teams.tenant-id=tenant-1",
        "teams.jwks-min-refresh=0s", "personal-data.public-url=https://bot.example.test"})
@Import(HiringEndToEndTest.FakeIdentityPlatform.class) // found for the subclasses too, unlike a nested configuration
class HiringEndToEndTest {

    static final String SECRET = "hiring-signing-secret";
    static final String APP_ID = "4a3c1b2e-0000-4000-8000-0000000hire";
    static final WireMockServer FAKE = FakeSlack.start();
    static final FakeBotFramework BOT_FRAMEWORK = new FakeBotFramework(FAKE);
    private static final String DM = "D0HIRING01";

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        FakeSlack.register(registry, FAKE);
        registry.add("teams.open-id-metadata-url", BOT_FRAMEWORK::openIdMetadataUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:hiring-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    }

    /** MSAL's requests to the identity platform go to the fake instead. */
    @TestConfiguration
    static class FakeIdentityPlatform {
        @Bean
        @Primary
        IHttpClient fakeIdentityHttp() {
            return BOT_FRAMEWORK.identityHttp();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    // What is asked, and what the answers must show: the bundled role here.

    String advertLevel() {
        return "Senior infrastructure operations engineer";
    }

    String interviewAsked() {
        return "lead ioe incident management, testing";
    }

    String interviewLevel() {
        return "Lead infrastructure operations engineer";
    }

    List<String> interviewSkills() {
        return List.of("Incident management", "Testing");
    }

    /** A sentence the interview aid must hold: a framed "you can" line, or where the data has none, saying so. */
    String interviewMustSay() {
        return "lines for Incident management at practitioner level. The published page has them.";
    }

    @BeforeEach
    void fakeSlackAndMicrosoft() {
        FAKE.resetAll();
        BOT_FRAMEWORK.stubAll();
        FAKE.stubFor(post("/api/auth.test").willReturn(okJson(
                "{\"ok\":true,\"team_id\":\"T0DDAT0001\",\"user_id\":\"U123\",\"bot_id\":\"B123\"}")));
        FAKE.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));
        FakeSlack.stubDirectMessagesAndFiles(FAKE, DM);
        FAKE.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    // --- Slack ---

    @Test
    void slackAdvertComesToThePersonWithItsMarkdownFile() throws Exception {
        HttpResponse<String> ack = sendSlack(slashCommand("advert " + advertLevel().toLowerCase(), "U0HIRER01"),
                "application/x-www-form-urlencoded");
        assertThat(ack.statusCode()).isEqualTo(200);

        JsonNode response = SchemaCheck.parse(awaitSlack("/commands/.*", 1).get(0).getBodyAsString());
        assertThat(response.path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(response.path("text").asString()).contains("Job advert draft: " + advertLevel())
                .contains("A draft from the Capability Framework");
        SchemaCheck.assertValidMessageBlocks(response.path("blocks"));
        assertThat(response.path("blocks").toString()).contains("I've sent you the file in a direct message");
        assertThat(response.path("blocks").toString()).doesNotContain("show-more");

        Map<String, String> upload = Payloads.form(awaitSlack("/api/files.getUploadURLExternal", 1).get(0)
                .getBodyAsString());
        assertThat(upload.get("filename")).isEqualTo("job-advert-" + slug(advertLevel()) + ".md");
        String markdown = awaitSlack("/upload/.*", 1).get(0).getBodyAsString();
        assertThat(markdown).contains("# Job advert draft: " + advertLevel());
        assertThat(Payloads.form(awaitSlack("/api/files.completeUploadExternal", 1).get(0).getBodyAsString()))
                .containsEntry("channel_id", DM);
    }

    @Test
    void slackInterviewAidAskedInAChannelAnswersInTheThreadWithBothScoringSheets() throws Exception {
        ObjectNode event = (ObjectNode) SchemaCheck.parse(Payloads.OWN.text("app_mention"));
        event.put("event_id", "Ev" + System.nanoTime());
        ((ObjectNode) event.path("event")).put("user", "U0HIRER02").put("text", "<@U123> interview " + interviewAsked());
        assertThat(sendSlack(event.toString(), "application/json").statusCode()).isEqualTo(200);

        String channel = event.path("event").path("channel").asString();
        Map<String, String> posted = Payloads.form(awaitSlack("/api/chat.postMessage", 1).get(0).getBodyAsString());
        assertThat(posted).containsEntry("channel", channel);
        assertThat(posted.get("text")).contains("Interview aid: " + interviewLevel()).contains(interviewMustSay());
        interviewSkills().forEach(skill -> assertThat(posted.get("text")).contains(skill + ": needs"));
        JsonNode blocks = SchemaCheck.parse(posted.get("blocks"));
        SchemaCheck.assertValidMessageBlocks(blocks);
        assertThat(blocks.toString()).doesNotContain("show-more");

        List<LoggedRequest> uploads = awaitSlack("/api/files.getUploadURLExternal", 2);
        assertThat(uploads).extracting(r -> Payloads.form(r.getBodyAsString()).get("filename")).containsExactly(
                "interview-scoring-" + slug(interviewLevel()) + ".csv", "interview-scoring-" + slug(interviewLevel()) + ".md");
        String csv = awaitSlack("/upload/.*", 2).get(0).getBodyAsString();
        assertThat(csv).startsWith("\uFEFFSkill,Needed at " + interviewLevel()
                + ",Not yet,Awareness,Working,Practitioner,Expert,Evidence heard");
        assertThat(csv.split("\r\n")).hasSize(1 + interviewSkills().size());
        Map<String, String> completed = Payloads.form(awaitSlack("/api/files.completeUploadExternal", 1).get(0)
                .getBodyAsString());
        assertThat(completed).containsEntry("channel_id", channel);
    }

    // --- Teams ---

    @Test
    void teamsAdvertIsACardWithALinkToItsMarkdownFile() throws Exception {
        JsonNode card = teams(channelMessage("<at>Capability bot</at> advert " + advertLevel().toLowerCase()));
        assertThat(card.toString()).contains("Job advert draft: " + advertLevel())
                .contains("A draft from the Capability Framework").doesNotContain("longer than a Teams card");
        List<String> links = downloadLinks(card);
        assertThat(links).hasSize(1);

        HttpResponse<String> file = download(links.get(0));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/markdown");
        assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
                .contains("job-advert-" + slug(advertLevel()) + ".md");
        assertThat(file.body()).startsWith("# Job advert draft: " + advertLevel());
        String tampered = links.get(0).substring(0, links.get(0).length() - 3) + "xyz";
        assertThat(download(tampered).statusCode()).isEqualTo(404);
    }

    @Test
    void teamsInterviewAidIsACardWithLinksToBothScoringSheets() throws Exception {
        ObjectNode message = channelMessage("interview " + interviewAsked());
        ((ObjectNode) message.path("conversation")).put("id", "a:personal-hirer").put("conversationType", "personal");
        JsonNode card = teams(message);
        assertThat(card.toString()).contains("Interview aid: " + interviewLevel()).contains(interviewMustSay());
        List<String> links = downloadLinks(card);
        assertThat(links).hasSize(2);
        HttpResponse<String> csv = download(links.get(0));
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFSkill,Needed at " + interviewLevel());
        interviewSkills().forEach(skill -> assertThat(csv.body()).contains(skill));
        HttpResponse<String> markdown = download(links.get(1));
        assertThat(markdown.body()).startsWith("# Interview scoring sheet: " + interviewLevel())
                .contains("| Not yet | Awareness | Working | Practitioner | Expert |");
    }

    // --- helpers ---

    private static String slug(String level) {
        return level.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private String slashCommand(String text, String user) {
        return Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", text, "user_id", user,
                "response_url", FAKE.baseUrl() + "/commands/1234/5678"));
    }

    private HttpResponse<String> sendSlack(String body, String contentType) throws Exception {
        long now = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType).header("X-Slack-Request-Timestamp", Long.toString(now))
                .header("X-Slack-Signature", SlackSigner.sign(SECRET, now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<LoggedRequest> awaitSlack(String pathPattern, int count) {
        await().atMost(Duration.ofSeconds(15))
                .until(() -> FAKE.findAll(postRequestedFor(urlPathMatching(pathPattern))).size() >= count);
        return FAKE.findAll(postRequestedFor(urlPathMatching(pathPattern)));
    }

    private ObjectNode channelMessage(String text) {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse("{}");
        activity.put("type", "message").put("id", "activity-1").put("serviceUrl", FAKE.baseUrl() + "/teams/")
                .put("channelId", "msteams").put("text", text);
        activity.putObject("from").put("id", "29:hirer").put("name", "Pat Hirer");
        activity.putObject("recipient").put("id", "28:bot").put("name", "Capability bot");
        activity.putObject("conversation").put("id", "19:channel@thread.skype;messageid=42").put("tenantId", "tenant-1");
        return activity;
    }

    /** Sends a signed activity and returns the card the bot posts back, checked. */
    private JsonNode teams(ObjectNode activity) throws Exception {
        String token = BOT_FRAMEWORK.token(APP_ID, FAKE.baseUrl() + "/teams/");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/messages")).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(() -> !FAKE.findAll(postRequestedFor(
                urlPathMatching("/teams/v3/conversations/.*/activities"))).isEmpty());
        JsonNode card = SchemaCheck.parse(FAKE.findAll(postRequestedFor(urlPathMatching(
                "/teams/v3/conversations/.*/activities"))).get(0).getBodyAsString()).path("attachments").get(0)
                .path("content");
        AdaptiveCards.assertValid(card);
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")))).isEmpty();
        return card;
    }

    private static List<String> downloadLinks(JsonNode card) {
        List<String> links = new ArrayList<>();
        card.path("actions").forEach(a -> {
            if (a.path("url").asString("").startsWith("https://bot.example.test/files/")) {
                links.add(a.path("url").asString());
            }
        });
        return links;
    }

    private HttpResponse<String> download(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + URI.create(link).getRawPath()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
