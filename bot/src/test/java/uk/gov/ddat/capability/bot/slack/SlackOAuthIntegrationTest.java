package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
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
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.bot.testing.SlackSigner;
import uk.gov.ddat.capability.bot.tips.Schedule;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipScheduler;

/**
 * "Add to Slack" end to end against a fake Slack (WireMock: oauth.v2.access, auth.test,
 * chat.postMessage): install pages, the state check, tokens encrypted in the database, each
 * workspace answered and sent its tips with its own token, uninstalls, token rotation and an
 * Enterprise Grid organisation-wide install. Requests into the bot are signed as Slack signs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "framework.reload-interval=0", "tips.poll-interval=0s",
        "slack.bot-token=", "slack.client-id=" + SlackOAuthIntegrationTest.CLIENT_ID,
        "slack.client-secret=client-secret", "slack.signing-secret=" + SlackOAuthIntegrationTest.SECRET,
        "slack.token-encryption-key=" + SlackInstallationsContract.KEY,
        "spring.datasource.url=jdbc:h2:mem:slack-oauth;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class SlackOAuthIntegrationTest {

    static final String CLIENT_ID = "1111.2222";
    static final String SECRET = "oauth-signing-secret";
    static final WireMockServer SLACK = FakeSlack.start();
    private static final String LEVEL = "Senior infrastructure operations engineer";
    private static final Pattern STATE_COOKIE = Pattern.compile("slack-app-oauth-state=([^;]+)");

    @DynamicPropertySource
    static void slackApi(DynamicPropertyRegistry registry) {
        FakeSlack.register(registry, SLACK);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcInstallationService installations;

    @Autowired
    SubscriptionStore subscriptions;

    @Autowired
    TipScheduler tipScheduler;

    @Autowired
    ProfileStore profiles;

    @Autowired
    ConversationEngine engine;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void fakeSlack() {
        SLACK.resetAll();
        jdbc.sql("DELETE FROM slack_installation").update();
        workspace("code-a", "{\"id\":\"TA\",\"name\":\"Department A\"}", null, false, "xoxb-a-token", "");
        workspace("code-b", "{\"id\":\"TB\",\"name\":\"Department B\"}", null, false, "xoxb-b-token", "");
        workspace("code-rotating", "{\"id\":\"TR\",\"name\":\"Rotating\"}", null, false, "xoxe.xoxb-r1",
                ",\"refresh_token\":\"xoxe-1-r1\",\"expires_in\":60");
        workspace("code-org", "null", "{\"id\":\"E1\",\"name\":\"Government\"}", true, "xoxb-org-token", "");
        SLACK.stubFor(post("/api/oauth.v2.access").withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("refresh_token=xoxe-1-r1")).willReturn(okJson("{\"ok\":true,"
                        + "\"token_type\":\"bot\",\"access_token\":\"xoxe.xoxb-r2\",\"refresh_token\":\"xoxe-1-r2\","
                        + "\"expires_in\":43200,\"team\":{\"id\":\"TR\"}}")));
        authTest("xoxb-a-token", "TA", null, false);
        authTest("xoxb-b-token", "TB", null, false);
        authTest("xoxe.xoxb-r1", "TR", null, false);
        authTest("xoxe.xoxb-r2", "TR", null, false);
        authTest("xoxb-org-token", "TX", "E1", true);
        SLACK.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"channel\":\"C\",\"ts\":\"1.2\"}")));
        SLACK.stubFor(post("/api/users.info").willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        SLACK.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
    }

    @Test
    void theInstallPageSendsPeopleToSlackWithAStateAndTheScopes() throws Exception {
        HttpResponse<String> page = get("/slack/install", null);
        assertThat(page.statusCode()).isEqualTo(200);
        String state = stateCookie(page);
        assertThat(page.body()).contains("https://slack.com/oauth/v2/authorize?client_id=" + CLIENT_ID)
                .contains("state=" + state).contains("scope=commands%2Cchat%3Awrite");
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly").contains("Secure");
    }

    @Test
    void twoWorkspacesInstalledAreEachAnsweredWithTheirOwnToken() throws Exception {
        assertThat(install("code-a").body()).contains("Thank you!");
        assertThat(install("code-b").body()).contains("Thank you!");

        assertThat(mention("TA", "CA", null).statusCode()).isEqualTo(200);
        assertThat(mention("TB", "CB", null).statusCode()).isEqualTo(200);
        List<LoggedRequest> posts = awaitPosts(2);
        assertThat(tokensByChannel(posts)).containsEntry("CA", "Bearer xoxb-a-token")
                .containsEntry("CB", "Bearer xoxb-b-token");

        List<String> stored = jdbc.sql("SELECT bot_token FROM slack_installation").query(String.class).list();
        assertThat(stored).hasSize(2).allSatisfy(token -> assertThat(token).doesNotContain("xoxb"));
        assertThat(installations.findBot(null, "TA").getBotAccessToken()).isEqualTo("xoxb-a-token");
    }

    @Test
    void aForgedOrReusedStateIsRefused() throws Exception {
        HttpResponse<String> forged = get("/slack/oauth_redirect?code=code-a&state=forged",
                "slack-app-oauth-state=forged");
        assertThat(forged.body()).contains("invalid_state").doesNotContain("Thank you!");

        String issued = stateCookie(get("/slack/install", null));
        HttpResponse<String> noCookie = get("/slack/oauth_redirect?code=code-a&state=" + issued, null);
        assertThat(noCookie.body()).as("a state without the browser's cookie (sent to someone else)")
                .contains("invalid_state");
        HttpResponse<String> otherCookie = get("/slack/oauth_redirect?code=code-a&state=" + issued,
                "slack-app-oauth-state=" + stateCookie(get("/slack/install", null)));
        assertThat(otherCookie.body()).contains("invalid_state");
        assertThat(SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/oauth.v2.access")))).isEmpty();
        assertThat(installations.findBot(null, "TA")).isNull();

        String state = stateCookie(get("/slack/install", null));
        assertThat(redirect("code-a", state).body()).contains("Thank you!");
        assertThat(redirect("code-b", state).body()).as("a state is good once").contains("invalid_state");
        assertThat(installations.findBot(null, "TB")).isNull();
    }

    @Test
    void tipsArePostedWithEachWorkspacesOwnToken() throws Exception {
        install("code-a");
        install("code-b");
        assertThat(command("TA", "CA", "tips on 09:30 Europe/London daily").statusCode()).isEqualTo(200);
        assertThat(command("TB", "CB", "tips on 10:00 Europe/London daily").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions.find(Platform.SLACK, ":TA", "CA").isPresent()
                && subscriptions.find(Platform.SLACK, ":TB", "CB").isPresent());

        Instant now = Instant.now();
        for (Subscription s : List.of(subscriptions.find(Platform.SLACK, ":TA", "CA").orElseThrow(),
                subscriptions.find(Platform.SLACK, ":TB", "CB").orElseThrow())) {
            subscriptions.subscribe(Platform.SLACK, s.workspaceId(), s.conversationId(), s.address(),
                    new Schedule(LocalTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC), ZoneOffset.UTC,
                            Schedule.Days.DAILY), s.roleName(), "U1", now.minus(Duration.ofDays(1)), 1);
        }
        SLACK.resetRequests();
        tipScheduler.runOnce();
        assertThat(tokensByChannel(awaitPosts(2))).containsEntry("CA", "Bearer xoxb-a-token")
                .containsEntry("CB", "Bearer xoxb-b-token");
    }

    @Test
    void uninstallingOrRevokingDeletesThatWorkspacesTokensOnly() throws Exception {
        install("code-a");
        install("code-b");
        command("TA", "CA", "tips on 09:30 Europe/London daily");
        await().atMost(Duration.ofSeconds(10)).until(() -> subscriptions.find(Platform.SLACK, ":TA", "CA").isPresent());

        assertThat(event("TA", null, false, "{\"type\":\"app_uninstalled\",\"event_ts\":\"1.1\"}").statusCode())
                .isEqualTo(200);
        // Done just after the acknowledgement (inside the database time box), not before it.
        await().atMost(Duration.ofSeconds(5)).until(() -> installations.findBot(null, "TA") == null
                && !subscriptions.find(Platform.SLACK, ":TA", "CA").orElseThrow().active());
        assertThat(installations.findBot(null, "TB")).isNotNull();
        Subscription paused = subscriptions.find(Platform.SLACK, ":TA", "CA").orElseThrow();
        assertThat(paused.active()).isFalse();
        assertThat(paused.pausedReason()).contains("The app was uninstalled from Slack.");

        SLACK.resetRequests();
        assertThat(mention("TA", "CA", null).statusCode()).as("an uninstalled workspace").isEqualTo(401);

        event("TB", null, false, "{\"type\":\"tokens_revoked\",\"tokens\":{\"bot\":[\"UBOT\"]},\"event_ts\":\"1.1\"}");
        await().atMost(Duration.ofSeconds(5)).until(() -> installations.findBot(null, "TB") == null);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM slack_installation").query(Integer.class).single()).isZero();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() ->
                SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).isEmpty());
    }

    @Test
    void theSameUserIdInAnotherWorkspaceIsAnotherPersonWhoSeesAndChangesNothingOfTheFirst() throws Exception {
        install("code-a");
        install("code-b");
        SLACK.stubFor(post("/api/conversations.open").willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"DM1\"}}")));
        String user = "USAME" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        PersonKey inA = new PersonKey(Platform.SLACK, ":TA", user);
        assertThat(personal("TA", user, "me senior infrastructure operations engineer")).contains("Saved: you are");
        String skill = engine.model().level(LEVEL).orElseThrow().level().skills().get(0).skill();
        profiles.saveAssessment(new Assessment(inA, "Infrastructure operations engineer", LEVEL, Instant.now(),
                Map.of(skill, SelfLevel.EXPERT)));

        // In workspace B the same id knows nothing, deletes nothing, and cannot submit into A's record.
        assertThat(personal("TB", user, "me")).contains("I don't know your role level yet").doesNotContain(LEVEL);
        assertThat(personal("TB", user, "my gaps")).contains("I don't know your role level yet");
        assertThat(personal("TB", user, "export")).contains("I don't know your role level yet");
        SLACK.resetRequests();
        assertThat(signed("payload=" + URLEncoder.encode(submission("TB", user, skill), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        LoggedRequest refusal = awaitPosts(1).get(0);
        assertThat(refusal.getHeader("Authorization")).isEqualTo("Bearer xoxb-b-token");
        assertThat(SlackAppIntegrationTest.form(refusal.getBodyAsString()).get("text"))
                .contains("Your assessment was not saved").contains("I don't know your role level");
        assertThat(personal("TB", user, "forget me")).contains("I had nothing stored about you");

        assertThat(profiles.profile(inA)).isPresent();
        assertThat(profiles.latestAssessments(inA, 5)).hasSize(1);
        assertThat(profiles.profile(new PersonKey(Platform.SLACK, ":TB", user))).isEmpty();
        assertThat(personal("TA", user, "me")).contains(LEVEL);
    }

    @Test
    void aRotatingTokenIsRefreshedBeforeItExpiresAndTheNewOneKept() throws Exception {
        install("code-rotating");
        mention("TR", "CR", null);
        LoggedRequest reply = awaitPosts(1).get(0);
        assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer xoxe.xoxb-r2");
        assertThat(SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/oauth.v2.access"))
                .withRequestBody(containing("grant_type=refresh_token")))).hasSize(1);
        assertThat(installations.findBot(null, "TR").getBotAccessToken()).isEqualTo("xoxe.xoxb-r2");
        assertThat(installations.findBot(null, "TR").getBotRefreshToken()).isEqualTo("xoxe-1-r2");
        assertThat(jdbc.sql("SELECT bot_refresh_token FROM slack_installation").query(String.class).single())
                .doesNotContain("xoxe");
    }

    @Test
    void anOrganisationWideInstallAnswersEveryWorkspaceOfTheOrganisation() throws Exception {
        assertThat(install("code-org").body()).contains("Thank you!");
        assertThat(installations.findBot("E1", null).getIsEnterpriseInstall()).isTrue();
        mention("TX", "CX", "E1");
        mention("TY", "CY", "E1");
        assertThat(tokensByChannel(awaitPosts(2))).containsEntry("CX", "Bearer xoxb-org-token")
                .containsEntry("CY", "Bearer xoxb-org-token");
    }

    // --- the fake Slack ---

    private static void workspace(String code, String team, String enterprise, boolean orgWide, String token,
                                  String rotation) {
        SLACK.stubFor(post("/api/oauth.v2.access").withRequestBody(containing("code=" + code))
                .willReturn(okJson("{\"ok\":true,\"app_id\":\"A1\",\"authed_user\":{\"id\":\"UINSTALLER\"},"
                        + "\"scope\":\"commands,chat:write\",\"token_type\":\"bot\",\"access_token\":\"" + token + "\","
                        + "\"bot_user_id\":\"UBOT\",\"team\":" + team + ",\"enterprise\":" + enterprise
                        + ",\"is_enterprise_install\":" + orgWide + rotation + "}")));
    }

    private static void authTest(String token, String team, String enterprise, boolean orgWide) {
        SLACK.stubFor(post("/api/auth.test").withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson("{\"ok\":true,\"url\":\"https://x.slack.com/\",\"team_id\":\"" + team + "\","
                        + "\"user_id\":\"UBOT\",\"bot_id\":\"B1\",\"is_enterprise_install\":" + orgWide
                        + (enterprise == null ? "" : ",\"enterprise_id\":\"" + enterprise + "\"") + "}")));
    }

    private static List<LoggedRequest> awaitPosts(int count) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).size() >= count);
        return SLACK.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
    }

    private static Map<String, String> tokensByChannel(List<LoggedRequest> posts) {
        return posts.stream().collect(Collectors.toMap(p -> SlackAppIntegrationTest.form(p.getBodyAsString())
                .get("channel"), p -> p.getHeader("Authorization"), (a, b) -> a));
    }

    // --- the browser and Slack calling the bot ---

    private HttpResponse<String> install(String code) throws Exception {
        return redirect(code, stateCookie(get("/slack/install", null)));
    }

    private HttpResponse<String> redirect(String code, String state) throws Exception {
        return get("/slack/oauth_redirect?code=" + code + "&state=" + state, "slack-app-oauth-state=" + state);
    }

    private static String stateCookie(HttpResponse<String> page) {
        Matcher matcher = STATE_COOKIE.matcher(page.headers().firstValue("Set-Cookie").orElse(""));
        assertThat(matcher.find()).as("a state cookie").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> mention(String team, String channel, String enterprise) throws Exception {
        return event(team, enterprise, enterprise != null, "{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":"
                + "\"<@UBOT> senior\",\"ts\":\"1.1\",\"channel\":\"" + channel + "\",\"event_ts\":\"1.1\"}");
    }

    private HttpResponse<String> event(String team, String enterprise, boolean orgWide, String event) throws Exception {
        String enterpriseJson = enterprise == null ? "null" : "\"" + enterprise + "\"";
        String body = "{\"token\":\"x\",\"team_id\":\"" + team + "\",\"enterprise_id\":" + enterpriseJson
                + ",\"api_app_id\":\"A1\",\"event\":" + event + ",\"type\":\"event_callback\",\"event_id\":\"Ev"
                + UUID.randomUUID().toString().replace("-", "") + "\",\"event_time\":1,\"authorizations\":[{"
                + "\"enterprise_id\":" + enterpriseJson + ",\"team_id\":" + (orgWide ? "null" : "\"" + team + "\"")
                + ",\"user_id\":\"UBOT\",\"is_bot\":true,\"is_enterprise_install\":" + orgWide + "}]}";
        return signed(body, "application/json");
    }

    private HttpResponse<String> command(String team, String channel, String text) throws Exception {
        String body = "token=x&team_id=" + team + "&team_domain=d&channel_id=" + channel + "&channel_name=general"
                + "&user_id=U1&user_name=sam&command=%2Fskills&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(SLACK.baseUrl() + "/commands/1", StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3&api_app_id=A1";
        return signed(body, "application/x-www-form-urlencoded");
    }

    /** A personal slash command from {@code user} in {@code team}, and the text of its (ephemeral) answer. */
    private String personal(String team, String user, String text) throws Exception {
        String path = "/commands/" + team + "/" + UUID.randomUUID();
        String body = "token=x&team_id=" + team + "&team_domain=d&channel_id=C1&channel_name=general&user_id=" + user
                + "&user_name=sam&command=%2Fskills&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&response_url=" + URLEncoder.encode(SLACK.baseUrl() + path, StandardCharsets.UTF_8)
                + "&trigger_id=1.2.3&api_app_id=A1";
        assertThat(signed(body, "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SLACK.findAll(postRequestedFor(urlPathEqualTo(path)))
                .isEmpty());
        return JsonMapper.builder().build().readTree(SLACK.findAll(postRequestedFor(urlPathEqualTo(path))).get(0)
                .getBodyAsString()).path("text").asString();
    }

    /** The assessment modal submitted from {@code team}, naming A's level and one of its skills. */
    private static String submission(String team, String user, String skill) {
        return "{\"type\":\"view_submission\",\"team\":{\"id\":\"" + team + "\",\"domain\":\"d\"},\"user\":{\"id\":\""
                + user + "\",\"team_id\":\"" + team + "\"},\"api_app_id\":\"A1\",\"token\":\"x\",\"trigger_id\":\"1.2.3\","
                + "\"view\":{\"id\":\"V1\",\"team_id\":\"" + team + "\",\"type\":\"modal\",\"callback_id\":\"assessment\","
                + "\"private_metadata\":\"" + LEVEL + "\",\"blocks\":[],\"state\":{\"values\":{\"skill:" + skill
                + "\":{\"level\":{\"type\":\"static_select\",\"selected_option\":{\"value\":\"expert\"}}}}}},"
                + "\"response_urls\":[],\"is_enterprise_install\":false,\"enterprise\":null}";
    }

    private HttpResponse<String> signed(String body, String contentType) throws Exception {
        long timestamp = Instant.now().getEpochSecond();
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
