package uk.gov.ddat.capability.bot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.microsoft.aad.msal4j.IHttpClient;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.changes.ChangeStore;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.PersonalDataHousekeeping;
import uk.gov.ddat.capability.bot.profile.PersonalDataProperties;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.FakeBotFramework;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.tips.Schedule;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipScheduler;

/**
 * The Bot Connector endpoint of the running app, with tokens signed by a locally generated RSA key
 * whose OpenID configuration and JWKS WireMock serves; the identity platform and the Connector API
 * are faked by WireMock too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0",
        "teams.app-id=" + TeamsBotIntegrationTest.APP_ID, "teams.app-password=secret", "teams.tenant-id=tenant-1",
        "teams.jwks-min-refresh=0s", "tips.poll-interval=0s",
        "personal-data.public-url=https://bot.example.test",
        "spring.datasource.url=jdbc:h2:mem:teams-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class TeamsBotIntegrationTest {

    static final String APP_ID = "4a3c1b2e-0000-4000-8000-00000000b07";
    static final FakeBotFramework MICROSOFT = FakeBotFramework.start();
    static final WireMockServer FAKE = MICROSOFT.server();
    static final RSAKey KEY = MICROSOFT.key();
    static final RSAKey OTHER_KEY = FakeBotFramework.newKey("key-2");

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        MICROSOFT.register(registry);
    }

    /** MSAL's requests to the identity platform go to the fake instead. */
    @TestConfiguration
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
    SubscriptionStore subscriptions;

    @Autowired
    TipScheduler tipScheduler;

    @Autowired
    ProfileStore profiles;

    @Autowired
    ConversationEngine engine;

    @Autowired
    ChangeStore changes;

    @Autowired
    PersonalDataProperties personalData;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fakeMicrosoft() {
        FAKE.resetAll();
        MICROSOFT.stubAll();
    }

    @Test
    void aValidTokenGetsAnAnswerPostedBackAsACard() throws Exception {
        HttpResponse<String> response = send(message("<at>Capability bot</at> how do I get from senior to lead"),
                token(KEY, claims().build()));
        assertThat(response.statusCode()).isEqualTo(200);

        LoggedRequest posted = awaitActivity();
        assertThat(posted.getUrl()).isEqualTo("/teams/v3/conversations/19%3Achannel%40thread.skype%3Bmessageid%3D42/activities");
        assertThat(posted.getHeader("Authorization")).isEqualTo("Bearer " + FakeBotFramework.CONNECTOR_TOKEN);
        JsonNode activity = SchemaCheck.parse(posted.getBodyAsString());
        assertThat(activity.path("type").asString()).isEqualTo("message");
        assertThat(activity.path("replyToId").asString()).isEqualTo("activity-1");
        JsonNode card = activity.path("attachments").get(0).path("content");
        assertThat(activity.path("attachments").get(0).path("contentType").asString())
                .isEqualTo(AdaptiveCardRenderer.CONTENT_TYPE);
        assertThat(card.path("fallbackText").asString()).contains("Change management: working → practitioner");
        AdaptiveCards.assertValid(card);
    }

    @Test
    void theConnectorTokenIsReusedUntilItExpires() throws Exception {
        send(message("senior"), token(KEY, claims().build()));
        awaitActivity();
        FAKE.resetRequests();
        send(message("lead"), token(KEY, claims().build()));
        awaitActivity();
        assertThat(FAKE.findAll(postRequestedFor(urlPathEqualTo("/tenant-1/oauth2/v2.0/token")))).isEmpty();
    }

    @Test
    void aPressedButtonIsAnsweredLikeTheQuestionItCarries() throws Exception {
        ObjectNode submit = message("");
        submit.putObject("value").put("command", "Lead infrastructure operations engineer");
        send(submit, token(KEY, claims().build()));
        JsonNode card = SchemaCheck.parse(awaitActivity().getBodyAsString()).path("attachments").get(0).path("content");
        assertThat(card.path("body").get(0).path("text").asString()).startsWith("Lead infrastructure operations engineer");
    }

    @Test
    void installingTheBotSaysHello() throws Exception {
        ObjectNode update = message("");
        update.put("type", "conversationUpdate");
        update.putArray("membersAdded").addObject().put("id", "28:bot");
        send(update, token(KEY, claims().build()));
        JsonNode card = SchemaCheck.parse(awaitActivity().getBodyAsString()).path("attachments").get(0).path("content");
        assertThat(card.path("body").get(0).path("text").asString()).startsWith("Hello!");
        AdaptiveCards.assertValid(card);
    }

    @Test
    void signingKeysAreFetchedAgainForAnUnknownKeyId() throws Exception {
        assertThat(send(message("senior"), token(KEY, claims().build())).statusCode()).isEqualTo(200);
        MICROSOFT.publishKeys(KEY, OTHER_KEY);
        assertThat(send(message("senior"), token(OTHER_KEY, claims().build())).statusCode()).isEqualTo(200);
        assertThat(MICROSOFT.awaitActivities(2)).hasSize(2);
    }

    @Test
    void tipsAreTurnedOnInTeamsAndPostedProactivelyToTheChannel() throws Exception {
        send(message("<at>Capability bot</at> tips on 09:30 Europe/London weekdays"), token(KEY, claims().build()));
        JsonNode confirmation = SchemaCheck.parse(awaitActivity().getBodyAsString());
        assertThat(confirmation.path("attachments").get(0).path("content").path("fallbackText").asString())
                .contains("Tim Jones turned on daily tips here: 09:30 Europe/London on weekdays");
        Subscription subscription = subscriptions.find(Platform.TEAMS, "tenant-1", "19:channel@thread.skype").orElseThrow();
        assertThat(subscription.address()).contains(serviceUrl());

        // Make it due a minute ago, as if set up yesterday, and let the scheduler run.
        Instant now = Instant.now();
        subscriptions.subscribe(Platform.TEAMS, "tenant-1", "19:channel@thread.skype", subscription.address(),
                new Schedule(LocalTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC), ZoneOffset.UTC, Schedule.Days.DAILY),
                subscription.roleName(), "29:user", now.minus(Duration.ofDays(1)), 1);
        FAKE.resetRequests();
        tipScheduler.runOnce();
        LoggedRequest tip = awaitActivity();
        assertThat(tip.getUrl()).isEqualTo("/teams/v3/conversations/19%3Achannel%40thread.skype/activities");
        assertThat(tip.getHeader("Authorization")).isEqualTo("Bearer " + FakeBotFramework.CONNECTOR_TOKEN);
        JsonNode card = SchemaCheck.parse(tip.getBodyAsString()).path("attachments").get(0).path("content");
        assertThat(card.path("body").get(0).path("text").asString()).startsWith("Tip");
        AdaptiveCards.assertValid(card);
    }

    // --- the app removed from a team or a personal scope ---

    /**
     * Removed from a team: the tips and change announcements of every channel of the team stop,
     * saying why; no one's personal data is marked, as none is reachable through a team.
     */
    @Test
    void removingTheAppFromATeamPausesEveryChannelsTipsAndAnnouncementsButKeepsPersonalData() throws Exception {
        String team = "19:general-" + System.nanoTime() + "@thread.tacv2";
        String other = "19:other-" + System.nanoTime() + "@thread.tacv2";
        String user = "29:member-" + System.nanoTime();
        personal(user, "me senior infrastructure operations engineer");
        reply(inTeam(message("<at>Capability bot</at> tips on 09:30"), team, other));
        assertThat(cardText(reply(inTeam(message("<at>Capability bot</at> changes on"), team, team))))
                .contains("Tim Jones turned on framework change announcements here").contains("changes off")
                .doesNotContain("/skills");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT COUNT(*) FROM teams_conversation "
                + "WHERE conversation_id = ? AND team_id = ?").params(other, team).query(Integer.class).single() == 1);
        assertThat(changes.listeners()).anySatisfy(l -> assertThat(l.subscription().conversationId()).isEqualTo(team));

        ObjectNode removal = inTeam(message(""), team, team);
        removal.put("type", "installationUpdate").put("action", "remove").remove("text");
        assertThat(send(removal, token(KEY, claims().build())).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                !subscriptions.find(Platform.TEAMS, "tenant-1", other).orElseThrow().active());
        assertThat(subscriptions.find(Platform.TEAMS, "tenant-1", other).orElseThrow().pausedReason())
                .contains(TeamsInstallations.REMOVED_REASON);
        assertThat(changes.listeners()).noneSatisfy(l -> assertThat(l.subscription().conversationId()).isEqualTo(team));
        housekeeping(Duration.ofDays(365)).run();
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", user))).isPresent();
    }

    /**
     * Removed from a person's own scope: their chat's tips stop at once, and their personal data
     * is deleted by the housekeeping once the grace period has passed, not before; someone who
     * installs the app again in time keeps theirs.
     */
    @Test
    void removingTheAppFromAPersonalScopePausesTipsAndDeletesTheirDataAfterTheGrace() throws Exception {
        String leaver = "29:leaver-" + System.nanoTime();
        String returner = "29:returner-" + System.nanoTime();
        for (String user : List.of(leaver, returner)) {
            personal(user, "me senior infrastructure operations engineer");
            personal(user, "tips on 09:30");
            send(personalUpdate(user, "remove"), token(KEY, claims().build()));
            await().atMost(Duration.ofSeconds(10)).until(() -> removalRecorded(user));
        }
        assertThat(subscriptions.find(Platform.TEAMS, "tenant-1", "a:personal-" + leaver).orElseThrow().active())
                .isFalse();
        send(personalUpdate(returner, "add"), token(KEY, claims().build()));
        await().atMost(Duration.ofSeconds(10)).until(() -> !removalRecorded(returner));

        housekeeping(Duration.ofDays(365)).run();

        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", leaver))).isEmpty();
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", returner))).isPresent();
    }

    @Test
    void withinTheGracePeriodAPersonsDataIsKept() throws Exception {
        String user = "29:thinking-" + System.nanoTime();
        personal(user, "me senior infrastructure operations engineer");
        send(personalUpdate(user, "remove"), token(KEY, claims().build()));
        await().atMost(Duration.ofSeconds(10)).until(() -> removalRecorded(user));

        housekeeping(personalData.removedWorkspaceGrace().minusDays(1)).run();

        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", user))).isPresent();
        housekeeping(personalData.removedWorkspaceGrace().plusDays(1)).run();
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", user))).isEmpty();
    }

    private boolean removalRecorded(String user) {
        return jdbc.sql("SELECT COUNT(*) FROM removed_person WHERE user_id = ?").param(user).query(Integer.class)
                .single() > 0;
    }

    /** The housekeeping as the app runs it, with its settings, on a clock that far ahead. */
    private PersonalDataHousekeeping housekeeping(Duration ahead) {
        return new PersonalDataHousekeeping(profiles, new MutableClock(Instant.now().plus(ahead)),
                personalData.retention().plusDays(400), personalData.removedWorkspaceGrace());
    }

    private ObjectNode personalUpdate(String user, String action) {
        ObjectNode update = personalMessage(user, "");
        update.put("type", "installationUpdate").put("action", action).remove("text");
        return update;
    }

    /** An activity in a team's channel, as Teams sends it: the team named in the channel data. */
    private static ObjectNode inTeam(ObjectNode activity, String team, String channel) {
        ((ObjectNode) activity.path("conversation")).put("id", channel).put("conversationType", "channel");
        activity.putObject("channelData").putObject("team").put("id", team);
        return activity;
    }

    /**
     * Through the Bot Connector, tips commands typed as Teams users type them, or pasted from
     * Slack with its command name, are understood, and every reply shows what to type in Teams.
     */
    @Test
    void tipsCommandsAreAnsweredInTeamsWordsEvenWhenPastedFromSlack() throws Exception {
        String channel = "19:channel@thread.skype";
        subscriptions.unsubscribe(Platform.TEAMS, "tenant-1", channel, "29:user", Instant.now());

        assertThat(cardText(reply("<at>Capability bot</at> tips on 09:30 Europe/London")))
                .contains("Tim Jones turned on daily tips here: 09:30 Europe/London on weekdays")
                .doesNotContain("/skills");
        assertThat(subscriptions.find(Platform.TEAMS, "tenant-1", channel).orElseThrow().active()).isTrue();

        assertThat(cardText(reply("<at>Capability bot</at> /skills tips on 10:15 Europe/London daily")))
                .contains("Tim Jones turned on daily tips here: 10:15 Europe/London every day")
                .doesNotContain("/skills");
        assertThat(cardText(reply("<at>Capability bot</at> /skills tips")))
                .contains("Change them with tips on ..., stop them with tips off.").doesNotContain("/skills");
        assertThat(cardText(reply("<at>Capability bot</at> tips on 25:99")))
                .contains("isn't a time of day").contains("tips on 09:30").doesNotContain("/skills");
        assertThat(cardText(reply("<at>Capability bot</at> /skills tips off")))
                .contains("Tim Jones turned off daily tips here. Turn them on again with tips on.");
        assertThat(subscriptions.find(Platform.TEAMS, "tenant-1", channel).orElseThrow().active()).isFalse();
    }

    // --- my skills, in a personal chat only ---

    @Test
    void mySkillsWorkEndToEndInAPersonalChat() throws Exception {
        String user = "29:person-" + System.nanoTime();
        assertThat(cardText(personal(user, "/skills me senior infrastructure operations engineer")))
                .contains("Saved: you are a senior infrastructure operations engineer").doesNotContain("/skills");

        // The assessment card: one choice per skill of the level, and Save sends the level back.
        JsonNode form = personal(user, "assess");
        var level = engine.model().level("Senior infrastructure operations engineer").orElseThrow().level();
        List<JsonNode> inputs = new java.util.ArrayList<>();
        form.path("body").forEach(e -> {
            if ("Input.ChoiceSet".equals(e.path("type").asString())) {
                inputs.add(e);
            }
        });
        assertThat(inputs).hasSize(level.skills().size());
        assertThat(inputs.get(0).path("id").asString()).isEqualTo("skill:" + level.skills().get(0).skill());
        JsonNode save = form.path("actions").get(0);
        assertThat(save.path("type").asString()).isEqualTo("Action.Submit");
        assertThat(save.path("data").path("level").asString()).isEqualTo("Senior infrastructure operations engineer");

        // Submitting it, as Teams sends the card's data with the inputs' values.
        String first = level.skills().get(0).skill();
        ObjectNode submit = personalMessage(user, "");
        submit.putObject("value").put("command", save.path("data").path("command").asString())
                .put("level", save.path("data").path("level").asString()).put("skill:" + first, "expert");
        FAKE.resetRequests();
        send(submit, token(KEY, claims().build()));
        JsonNode gaps = SchemaCheck.parse(awaitActivity().getBodyAsString()).path("attachments").get(0).path("content");
        AdaptiveCards.assertValid(gaps);
        assertThat(cardText(gaps)).contains("Saved your self-assessment").contains(first + ": you: expert");
        assertThat(gaps.path("body").get(1).path("type").asString()).as("the chart").isEqualTo("Image");
        // Too large to travel inside the card, the chart is fetched by Teams from the bot's short-lived link.
        String chart = gaps.path("body").get(1).path("url").asString();
        assertThat(chart).startsWith("https://bot.example.test/files/");
        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + URI.create(chart).getRawPath())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(png.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(gaps.path("body").get(1).path("altText").asString()).contains(first);
        assertThat(profiles.latestAssessments(new PersonKey(Platform.TEAMS, "tenant-1", user), 1).get(0).ratings())
                .containsEntry(first, SelfLevel.EXPERT);

        // The export: the table in the card and short-lived links the bot serves.
        JsonNode export = personal(user, "export");
        List<String> links = new java.util.ArrayList<>();
        export.path("actions").forEach(a -> {
            if (a.path("url").asString("").startsWith("https://bot.example.test/files/")) {
                links.add(a.path("url").asString());
            }
        });
        assertThat(links).hasSize(2);
        HttpResponse<String> csv = download(links.get(0));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFFSkill,Self-assessed,").contains(first);
        String tampered = links.get(0).substring(0, links.get(0).length() - 3) + "xyz";
        assertThat(download(tampered).statusCode()).isEqualTo(404);

        // Forget me: nothing left, and the links serve nothing either.
        assertThat(cardText(personal(user, "forget me"))).contains("Deleted your role level and target and 1 self-assessment");
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", user))).isEmpty();
        assertThat(download(links.get(0)).statusCode()).isEqualTo(404);
    }

    @Test
    void personalCommandsInAChannelAreDeclinedWithoutReadingAnything() throws Exception {
        JsonNode card = reply("<at>Capability bot</at> me senior infrastructure operations engineer");
        assertThat(cardText(card)).contains("Ask me about yourself privately").contains("personal chat");
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "tenant-1", "29:user"))).isEmpty();
    }

    private JsonNode personal(String user, String text) throws Exception {
        FAKE.resetRequests();
        assertThat(send(personalMessage(user, text), token(KEY, claims().build())).statusCode()).isEqualTo(200);
        JsonNode card = SchemaCheck.parse(awaitActivity().getBodyAsString()).path("attachments").get(0)
                .path("content");
        AdaptiveCards.assertValid(card);
        return card;
    }

    /** A message in a one-to-one chat with the bot. */
    private ObjectNode personalMessage(String user, String text) {
        ObjectNode activity = message(text);
        ((ObjectNode) activity.path("from")).put("id", user);
        ((ObjectNode) activity.path("conversation")).put("id", "a:personal-" + user).put("conversationType", "personal");
        return activity;
    }

    private HttpResponse<String> download(String link) throws Exception {
        String path = URI.create(link).getRawPath();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode reply(String text) throws Exception {
        return reply(message(text));
    }

    private JsonNode reply(ObjectNode activity) throws Exception {
        FAKE.resetRequests();
        assertThat(send(activity, token(KEY, claims().build())).statusCode()).isEqualTo(200);
        JsonNode card = SchemaCheck.parse(awaitActivity().getBodyAsString()).path("attachments").get(0)
                .path("content");
        AdaptiveCards.assertValid(card);
        return card;
    }

    private static String cardText(JsonNode card) {
        return card.toString();
    }

    @Test
    void badTokensAreRefused() throws Exception {
        Instant now = Instant.now();
        List<String> bad = List.of(
                token(KEY, claims().issuer("https://sts.windows.net/evil/").build()),
                token(KEY, claims().audience("someone-else").build()),
                token(KEY, claims().expirationTime(Date.from(now.minusSeconds(600))).build()),
                token(FakeBotFramework.newKey("key-unknown"), claims().build()),
                forged(),
                token(KEY, claims().claim("serviceurl", "https://evil.example/").build()));
        for (String token : bad) {
            assertThat(send(message("senior"), token).statusCode()).as(token).isEqualTo(401);
        }
        assertThat(sendRaw(message("senior").toString(), null).statusCode()).isEqualTo(401);
        assertThat(sendRaw(message("senior").toString(), "Basic abc").statusCode()).isEqualTo(401);
        // Nothing is posted for any of them, however long we watch.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> FAKE.findAll(postRequestedFor(urlPathMatching("/teams/.*"))).isEmpty());
    }

    @Test
    void aValidTokenWithAMalformedBodyIsABadRequest() throws Exception {
        assertThat(sendRaw("{not json", "Bearer " + token(KEY, claims().build())).statusCode()).isEqualTo(400);
        assertThat(sendRaw("{}", "Bearer " + token(KEY, claims().build())).statusCode()).isEqualTo(400);
    }

    // --- helpers ---

    private String serviceUrl() {
        return FAKE.baseUrl() + "/teams/";
    }

    private JWTClaimsSet.Builder claims() {
        return FakeBotFramework.claims(APP_ID, serviceUrl());
    }

    private static String token(RSAKey key, JWTClaimsSet claims) {
        return FakeBotFramework.sign(key, claims);
    }

    /** Names the trusted key but is signed with another. */
    private String forged() {
        return FakeBotFramework.sign(OTHER_KEY, KEY.getKeyID(), claims().build());
    }

    private ObjectNode message(String text) {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse("{}");
        activity.put("type", "message").put("id", "activity-1").put("serviceUrl", serviceUrl())
                .put("channelId", "msteams").put("text", text);
        activity.putObject("from").put("id", "29:user").put("name", "Tim Jones");
        activity.putObject("recipient").put("id", "28:bot").put("name", "Capability bot");
        activity.putObject("conversation").put("id", "19:channel@thread.skype;messageid=42").put("tenantId", "tenant-1");
        return activity;
    }

    private HttpResponse<String> send(ObjectNode activity, String token) throws Exception {
        return sendRaw(activity.toString(), "Bearer " + token);
    }

    private HttpResponse<String> sendRaw(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/messages"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static LoggedRequest awaitActivity() {
        return MICROSOFT.awaitActivities(1).get(0);
    }
}
