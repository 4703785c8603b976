package uk.gov.ddat.capability.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.microsoft.aad.msal4j.IHttpClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Sharing and the team view through the Bot Connector endpoint, end to end: signed Bot Framework
 * activities from personal chats, the colleague named by a Teams mention entity, the heatmap in
 * the card fetched from the bot's short-lived link; Microsoft faked by WireMock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "teams.app-id=" + TeamsTeamViewIntegrationTest.APP_ID, "teams.app-password=secret", "teams.tenant-id=tenant-1",
        "teams.jwks-min-refresh=0s", "personal-data.public-url=https://bot.example.test",
        "spring.datasource.url=jdbc:h2:mem:teams-team-view;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
@Import(TeamsTeamViewIntegrationTest.FakeIdentityPlatform.class) // imported, so the shared suite's subclass has it too
class TeamsTeamViewIntegrationTest {

    static final String APP_ID = "7b2d4c1e-0000-4000-8000-0000000000c3";
    /** Started once, stopped with the JVM: the shared suite's subclass runs against it too. */
    static final FakeBotFramework MICROSOFT = FakeBotFramework.start();
    static final WireMockServer FAKE = MICROSOFT.server();
    private static final String LEVEL = "Senior infrastructure operations engineer";
    private static final String BOT = "28:bot";

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        MICROSOFT.register(registry);
    }

    /** Not a nested @TestConfiguration: imported, so this class and its subclass each have it once. */
    static class FakeIdentityPlatform {
        @Bean
        @Primary
        IHttpClient fakeIdentityHttp() {
            return MICROSOFT.identityHttp();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    ProfileStore profiles;

    @Autowired
    ConversationEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fakeMicrosoft() {
        FAKE.resetAll();
        MICROSOFT.stubAll();
    }

    @Test
    void shareThenTeamViewWithTheHeatmapThenUnshareThenTeamViewWithoutThem() throws Exception {
        String member = assessedMember();
        String manager = "29:manager-" + System.nanoTime();

        JsonNode shared = personal(mentioning(member, "Alex Smith", "share with <at>Boss Person</at>", manager,
                "Boss Person"));
        assertThat(shared.toString()).contains("Shared with Boss Person").doesNotContain("/skills");

        JsonNode team = personal(message(manager, "Boss Person", "team"));
        assertThat(team.toString()).contains("Your team: 1 person shares their skills with you")
                .contains("Alex Smith, " + LEVEL).contains(level().skills().get(0).skill() + ": 1 below");
        JsonNode image = image(team);
        assertThat(image.path("altText").asString()).startsWith("Team skills heatmap of 1 person");
        assertThat(png(image.path("url").asString())).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        // The export: a short-lived link, whose file is made from the shares held when it is fetched.
        String link = links(personal(message(manager, "Boss Person", "team export"))).get(0);
        HttpResponse<byte[]> csv = download(link);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Alex Smith," + LEVEL);

        JsonNode ended = personal(mentioning(member, "Alex Smith", "unshare <at>Boss Person</at>", manager,
                "Boss Person"));
        assertThat(ended.toString()).contains("Stopped sharing with Boss Person");

        JsonNode after = personal(message(manager, "Boss Person", "team"));
        assertThat(after.toString()).contains("Nobody shares their skills with you yet").doesNotContain("Alex");
        assertThat(image(after).isMissingNode()).isTrue();
        assertThat(download(link).statusCode()).as("the link made before the share ended").isEqualTo(404);
    }

    @Test
    void theBotsOwnMentionIsNotAColleagueAndTheTeamViewStaysOutOfChannels() throws Exception {
        String member = assessedMember();
        JsonNode answer = personal(mentioning(member, "Alex Smith", "share with <at>Capability bot</at>", BOT,
                "Capability bot"));
        assertThat(answer.toString()).contains("Who should see your skills?");

        ObjectNode inChannel = message("29:manager", "Boss Person", "<at>Capability bot</at> team");
        ((ObjectNode) inChannel.path("conversation")).put("id", "19:channel@thread.skype").put("conversationType",
                "channel");
        JsonNode declined = personal(inChannel);
        assertThat(declined.toString()).contains("Ask me about yourself privately");
    }

    @Test
    void theSameUserIdInAnotherTenantSeesNothing() throws Exception {
        String member = assessedMember();
        String manager = "29:manager-" + System.nanoTime();
        personal(mentioning(member, "Alex Smith", "share with <at>Boss Person</at>", manager, "Boss Person"));

        assertThat(profilesSeenBy(new PersonKey(Platform.TEAMS, "tenant-2", manager))).isZero();
        assertThat(profilesSeenBy(new PersonKey(Platform.TEAMS, "tenant-1", manager))).isEqualTo(1);
    }

    // --- helpers ---

    @Autowired
    uk.gov.ddat.capability.bot.team.ShareStore shares;

    private int profilesSeenBy(PersonKey viewer) {
        return shares.team(viewer).size();
    }

    private String assessedMember() throws Exception {
        String user = "29:member-" + System.nanoTime();
        personal(message(user, "Alex Smith", "me senior infrastructure operations engineer"));
        RoleLevel level = level();
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        ratings.put(level.skills().get(0).skill(), SelfLevel.NOT_YET);
        ratings.put(level.skills().get(1).skill(), SelfLevel.EXPERT);
        profiles.saveAssessment(new Assessment(new PersonKey(Platform.TEAMS, "tenant-1", user),
                engine.model().level(LEVEL).orElseThrow().role().name(), LEVEL, Instant.now(), ratings));
        return user;
    }

    private RoleLevel level() {
        return engine.model().level(LEVEL).orElseThrow().level();
    }

    /**
     * The heatmap's bytes: inside the card when it is small enough, else from the bot's link
     * (fetched as Teams would).
     */
    private byte[] png(String url) throws Exception {
        if (url.startsWith("data:image/png;base64,")) {
            return java.util.Base64.getDecoder().decode(url.substring("data:image/png;base64,".length()));
        }
        assertThat(url).startsWith("https://bot.example.test/files/");
        HttpResponse<byte[]> png = download(url);
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        return png.body();
    }

    /** The card's download links. */
    private static java.util.List<String> links(JsonNode card) {
        java.util.List<String> links = new java.util.ArrayList<>();
        card.path("actions").forEach(a -> {
            if (a.path("url").asString("").startsWith("https://bot.example.test/files/")) {
                links.add(a.path("url").asString());
            }
        });
        assertThat(links).isNotEmpty();
        return links;
    }

    /** The card's image (the heatmap), if it has one. */
    private static JsonNode image(JsonNode card) {
        for (JsonNode element : card.path("body")) {
            if ("Image".equals(element.path("type").asString())) {
                return element;
            }
        }
        return SchemaCheck.parse("{}").path("none");
    }

    /** Sends an activity and returns the card of the reply, checked. */
    private JsonNode personal(ObjectNode activity) throws Exception {
        FAKE.resetRequests();
        String serviceUrl = activity.path("serviceUrl").asString();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + MICROSOFT.token(APP_ID, serviceUrl))
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !FAKE.findAll(postRequestedFor(urlPathMatching(".*/v3/conversations/.*/activities"))).isEmpty());
        JsonNode card = SchemaCheck.parse(FAKE.findAll(postRequestedFor(urlPathMatching(
                ".*/v3/conversations/.*/activities"))).get(0).getBodyAsString()).path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(card);
        return card;
    }

    /** A message in a one-to-one chat with the bot, from {@code user}. */
    private ObjectNode message(String user, String name, String text) {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse("{}");
        activity.put("type", "message").put("id", "activity-" + System.nanoTime())
                .put("serviceUrl", FAKE.baseUrl() + "/teams/").put("channelId", "msteams").put("text", text);
        activity.putObject("from").put("id", user).put("name", name);
        activity.putObject("recipient").put("id", BOT).put("name", "Capability bot");
        activity.putObject("conversation").put("id", "a:personal-" + user).put("conversationType", "personal")
                .put("tenantId", "tenant-1");
        return activity;
    }

    /** A message whose text mentions someone, with the mention entity Teams sends along. */
    private ObjectNode mentioning(String user, String name, String text, String mentionedId, String mentionedName) {
        ObjectNode activity = message(user, name, text);
        ObjectNode mention = activity.putArray("entities").addObject();
        mention.put("type", "mention").put("text", "<at>" + mentionedName + "</at>");
        mention.putObject("mentioned").put("id", mentionedId).put("name", mentionedName);
        return activity;
    }

    private HttpResponse<byte[]> download(String link) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + URI.create(link).getRawPath()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
