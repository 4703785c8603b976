package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.DownloadLinks;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.testing.FakeSlack;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * "My skills" attacked through the running app: self-assessments sent from Slack and Teams in
 * shapes no real client sends, from the wrong place or for the wrong person, and the download
 * links probed with garbage, traversal and other people's tokens. Each time the caller gets a
 * friendly answer or a plain 4xx, nobody's data is read or changed but the sender's, and no id or
 * role level reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class MySkillsHostileTest extends HostileCallers {

    private static final String LEVEL = "Senior infrastructure operations engineer";
    private static final String DM = "DHOSTILE01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ProfileStore profiles;

    @Autowired
    ConversationEngine engine;

    @Autowired
    DownloadLinks links;

    @BeforeEach
    void fakeSlackFilesAndModals() {
        FAKE.stubFor(post("/api/views.open").willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));
        FakeSlack.stubDirectMessagesAndFiles(FAKE, DM);
    }

    // --- Slack: view_submission in shapes Slack never sends ---

    @Test
    void malformedSlackSubmissionsAreAcknowledgedAndSaveNothing(CapturedOutput output) throws Exception {
        String user = slackUserWithLevel();
        String first = level().skills().get(0).skill();
        List<Consumer<ObjectNode>> forgeries = List.of(
                p -> p.remove("user"),
                p -> p.putNull("user"),
                p -> ((ObjectNode) p.path("user")).remove("id"),
                p -> ((ObjectNode) p.path("user")).put("id", ""),
                p -> p.remove("view"),
                p -> view(p).remove("state"),
                p -> view(p).putObject("state").putArray("values").add(1),
                p -> view(p).putObject("state").putObject("values").put("skill:" + first, "expert"),
                p -> view(p).putObject("state").putObject("values").putObject("skill:" + first).putArray("level"),
                p -> view(p).putObject("state").putObject("values").putObject("skill:" + first).putObject("level")
                        .putObject("selected_option").putObject("value").put("nested", true),
                p -> view(p).putObject("state").putObject("values").putObject("skill:" + first).putObject("level")
                        .putObject("selected_option").put("value", 3),
                p -> view(p).putNull("private_metadata"),
                p -> view(p).putArray("private_metadata"));
        for (Consumer<ObjectNode> forge : forgeries) {
            ObjectNode payload = submission(user, LEVEL, Map.of(first, "expert"));
            forge.accept(payload);
            HttpResponse<String> response = submit(payload);
            assertThat(response.statusCode()).as(payload.toString()).isBetween(200, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at uk.gov");
        }
        // A wrong callback id is someone else's modal: acknowledged, and not read as an assessment.
        ObjectNode otherModal = submission(user, LEVEL, Map.of(first, "expert"));
        view(otherModal).put("callback_id", "not-ours");
        assertThat(submit(otherModal).statusCode()).isBetween(200, 499);

        await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> profiles.latestAssessments(person(user), 1).isEmpty());
        assertThat(profiles.latestAssessments(person(user), 5)).isEmpty();
        assertThat(output.getAll()).doesNotContain(user).doesNotContain(LEVEL).doesNotContain("failed (java.lang");
    }

    @Test
    void thousandsOfStateValuesAndAHugeMetadataAreRefusedWithoutSavingAnything() throws Exception {
        String user = slackUserWithLevel();
        String first = level().skills().get(0).skill();
        // The real skill among thousands of invented ones: refused as a whole.
        ObjectNode many = submission(user, LEVEL, Map.of(first, "expert"));
        ObjectNode values = (ObjectNode) view(many).path("state").path("values");
        for (int i = 0; i < 400; i++) {
            values.putObject("skill:Invented " + i).putObject("level").putObject("selected_option")
                    .put("value", "expert");
        }
        // A skill name and a value as long as the body allows.
        ObjectNode longNames = submission(user, LEVEL, Map.of(first + "x".repeat(20_000), "e".repeat(20_000)));
        // private_metadata much longer than any level name.
        ObjectNode metadata = submission(user, LEVEL + " ".repeat(40_000), Map.of(first, "expert"));
        for (ObjectNode payload : List.of(many, longNames, metadata)) {
            FAKE.resetRequests();
            HttpResponse<String> response = submit(payload);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(dmText()).contains("Your assessment was not saved").doesNotContain("Invented")
                    .doesNotContain("xxxx");
        }
        assertThat(profiles.latestAssessments(person(user), 5)).isEmpty();
    }

    @Test
    void twoSubmissionsAtOnceAreBothKeptWhole() throws Exception {
        String user = slackUserWithLevel();
        RoleLevel level = level();
        String first = level.skills().get(0).skill();
        String second = level.skills().get(1).skill();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(
                    () -> submit(submission(user, LEVEL, Map.of(first, "expert", second, "expert"))),
                    () -> submit(submission(user, LEVEL, Map.of(first, "awareness", second, "awareness"))),
                    () -> submit(submission(user, LEVEL, Map.of(first, "working", second, "working"))),
                    () -> submit(submission(user, LEVEL, Map.of(first, "not_yet", second, "not_yet"))));
            for (Future<HttpResponse<String>> done : pool.invokeAll(calls)) {
                assertThat(done.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> profiles.latestAssessments(person(user), 10).size() == 4);
        // Each assessment is one submission's, never a mix of two.
        assertThat(profiles.latestAssessments(person(user), 10)).allSatisfy(a -> {
            assertThat(a.ratings()).containsOnlyKeys(first, second);
            assertThat(a.ratings().get(second)).isEqualTo(a.ratings().get(first));
        });
    }

    @Test
    void twoFirstLevelsAtOnceDoNotFail() throws Exception {
        String user = "UCONC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<HttpResponse<String>>> calls = List.of(
                    () -> slack(command(user, "me senior infrastructure operations engineer"),
                            "application/x-www-form-urlencoded"),
                    () -> slack(command(user, "me lead infrastructure operations engineer"),
                            "application/x-www-form-urlencoded"));
            for (Future<HttpResponse<String>> done : pool.invokeAll(calls)) {
                assertThat(done.get().statusCode()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> responsesFor(user).size() == 2);
        assertThat(responsesFor(user)).allSatisfy(text -> assertThat(text).contains("Saved: you are"));
        assertThat(profiles.profile(person(user))).isPresent();
    }

    // --- Teams: Action.Submit values in shapes Teams never sends, and from the wrong place ---

    @Test
    void malformedTeamsSubmissionsGetAFriendlyCardAndSaveNothing(CapturedOutput output) throws Exception {
        String user = "29:hostile-" + UUID.randomUUID();
        FAKE.resetRequests();
        bot(personal(user, text("me senior infrastructure operations engineer")));
        assertThat(teamsReply()).contains("Saved: you are");
        String first = level().skills().get(0).skill();
        String otherLevel = "Associate infrastructure operations engineer";
        String otherLevelsSkill = engine.model().level(otherLevel).orElseThrow().level().skills().get(0).skill();
        List<String> values = List.of(
                "[\"assessment\"]", "42", "\"assessment\"", "null",
                "{\"command\":\"assessment\"}",
                "{\"command\":\"assessment\",\"skill:" + first + "\":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":[\"" + LEVEL + "\"],\"skill:" + first + "\":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":{\"name\":\"" + LEVEL + "\"},\"skill:" + first + "\":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:" + first + "\":[\"expert\"]}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:" + first + "\":{\"v\":\"expert\"}}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:" + first + "\":\"grandmaster\"}",
                "{\"command\":\"assessment\",\"level\":\"" + otherLevel + "\",\"skill:" + otherLevelsSkill
                        + "\":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:" + first.toUpperCase() + " \":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:\":\"expert\",\"skill:" + first
                        + "\":\"expert\"}",
                "{\"command\":{\"x\":\"assessment\"},\"level\":\"" + LEVEL + "\",\"skill:" + first + "\":\"expert\"}",
                "{\"command\":\"assessment\",\"level\":\"" + LEVEL + "\",\"skill:" + first + "x".repeat(30_000)
                        + "\":\"expert\"}");
        for (String value : values) {
            ObjectNode activity = personal(user, (ObjectNode) JSON.readTree("{\"value\":" + value + "}"));
            FAKE.resetRequests();
            HttpResponse<String> response = bot(activity);
            assertThat(response.statusCode()).as(value).isEqualTo(200);
            String reply = teamsReply();
            assertThat(reply).as(value).doesNotContain("Exception").doesNotContain("xxxx");
            if (value.contains("\"command\":\"assessment\"")) {
                assertThat(reply).as(value).contains("Your assessment was not saved");
            }
        }
        assertThat(profiles.latestAssessments(new PersonKey(Platform.TEAMS, "tenant-1", user), 5)).isEmpty();
        assertThat(output.getAll()).doesNotContain(user).doesNotContain(LEVEL);
    }

    @Test
    void aTeamsSubmissionFromAChannelOrAGroupChatIsDeclinedWithoutTouchingData() throws Exception {
        String user = "29:owner-" + UUID.randomUUID();
        personalSubmit(user);
        PersonKey person = new PersonKey(Platform.TEAMS, "tenant-1", user);
        assertThat(profiles.latestAssessments(person, 5)).hasSize(1);

        String first = level().skills().get(0).skill();
        for (String place : List.of("channel", "groupChat", "")) {
            ObjectNode activity = personal(user, (ObjectNode) JSON.readTree("{\"value\":{\"command\":\"assessment\","
                    + "\"level\":\"" + LEVEL + "\",\"skill:" + first + "\":\"not_yet\"}}"));
            ((ObjectNode) activity.path("conversation")).put("id", "19:chan@thread.skype").put("conversationType", place);
            for (String said : List.of("forget me", "my gaps", "export")) {
                ObjectNode typed = activity.deepCopy();
                typed.remove("value");
                typed.put("text", said);
                FAKE.resetRequests();
                assertThat(bot(typed).statusCode()).isEqualTo(200);
                assertThat(teamsReply()).as(place + ": " + said).contains("Ask me about yourself privately")
                        .doesNotContain("infrastructure operations engineer");
            }
            FAKE.resetRequests();
            assertThat(bot(activity).statusCode()).isEqualTo(200);
            assertThat(teamsReply()).contains("Ask me about yourself privately");
        }
        assertThat(profiles.latestAssessments(person, 5)).hasSize(1);
        assertThat(profiles.profile(person)).isPresent();
    }

    @Test
    void personalCommandsThroughTheOutgoingWebhookAreDeclined() throws Exception {
        for (String said : List.of("me senior infrastructure operations engineer", "forget me", "assess")) {
            HttpResponse<String> response = webhook(webhookMessage(said, "Someone"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Ask me about yourself privately");
        }
        assertThat(profiles.profile(new PersonKey(Platform.TEAMS, "", "29:user"))).isEmpty();
    }

    // --- the download links ---

    @Test
    void theFilesEndpointAnswersGarbageAndOtherPeoplesTokensWith4xx(CapturedOutput output) throws Exception {
        String user = "29:files-" + UUID.randomUUID();
        personalSubmit(user);
        PersonKey person = new PersonKey(Platform.TEAMS, "tenant-1", user);
        String csv = fileName(person, ".csv");
        String good = token(links.link(person, csv).orElseThrow());
        assertThat(get("/files/" + good).statusCode()).isEqualTo(200);

        Clock hourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        List<String> bad = new ArrayList<>(List.of(
                "x", "..", "%2e%2e%2factuator%2fhealth", "..%2f..%2fetc%2fpasswd", "a.b.c.d.e", "....",
                "eyJhbGciOiJub25lIn0.e30.", good.substring(0, good.length() - 2), good + "A",
                "A".repeat(2_001), "A".repeat(7_000), good.replace('.', '/'),
                // A token for another person in the same tenant, for the same person elsewhere, for a made-up file.
                token(links.link(new PersonKey(Platform.TEAMS, "tenant-1", user + "-other"), csv).orElseThrow()),
                token(links.link(new PersonKey(Platform.TEAMS, "tenant-2", user), csv).orElseThrow()),
                token(links.link(new PersonKey(Platform.SLACK, "tenant-1", user), csv).orElseThrow()),
                token(links.link(person, "../../etc/passwd").orElseThrow()),
                // Made with another key, and one that expired.
                token(new DownloadLinks("https://bot.example.test", DownloadLinks.randomKey(), Duration.ofMinutes(15),
                        Clock.systemUTC()).link(person, csv).orElseThrow()),
                token(new DownloadLinks("https://bot.example.test", DownloadLinks.decodeKey(DOWNLOAD_KEY),
                        Duration.ofMinutes(15), hourAgo).link(person, csv).orElseThrow())));
        for (String token : bad) {
            HttpResponse<String> response = get("/files/" + token);
            assertThat(response.statusCode()).as(token.length() > 80 ? token.substring(0, 80) : token)
                    .isBetween(400, 499);
            assertThat(response.body()).doesNotContain("Exception").doesNotContain(user);
        }
        for (String path : List.of("/files/", "/files", "/files/" + good + "/x",
                "/files/" + good + "/..")) {
            assertThat(get(path).statusCode()).as(path).isNotEqualTo(200).isBetween(300, 499);
        }
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base() + "/files/" + good))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base() + "/files/" + good))
                    .method(method, HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(other.statusCode()).as(method).isEqualTo(405);
        }

        // Once forgotten, even the person's own good link serves nothing.
        FAKE.resetRequests();
        bot(personal(user, text("forget me")));
        assertThat(teamsReply()).contains("Deleted everything");
        assertThat(get("/files/" + good).statusCode()).isEqualTo(404);
        assertThat(output.getAll()).doesNotContain(user).doesNotContain(LEVEL).doesNotContain(good.substring(0, 40));
    }

    // --- helpers: Slack ---

    /** A new Slack user who has told the bot their level (the answer awaited). */
    private String slackUserWithLevel() throws Exception {
        String user = "UHOST" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(slack(command(user, "me senior infrastructure operations engineer"),
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> profiles.profile(person(user)).isPresent());
        return user;
    }

    private String command(String user, String text) {
        String form = slashCommand("CPUBLIC1", "someone", text);
        return form.replaceFirst("user_id=[^&]*", "user_id=" + user)
                .replaceFirst("response_url=[^&]*", "response_url=" + URLEncoder.encode(
                        FAKE.baseUrl() + "/commands/" + user + "/" + UUID.randomUUID(), StandardCharsets.UTF_8));
    }

    private static List<String> responsesFor(String user) {
        return FAKE.findAll(postRequestedFor(urlPathMatching("/commands/" + user + "/.*"))).stream()
                .map(LoggedRequest::getBodyAsString).toList();
    }

    private static PersonKey person(String user) {
        return new PersonKey(Platform.SLACK, "", user);
    }

    private RoleLevel level() {
        return engine.model().level(LEVEL).orElseThrow().level();
    }

    private static ObjectNode view(ObjectNode payload) {
        return (ObjectNode) payload.path("view");
    }

    /** A view_submission of the assessment modal, as Slack sends it. */
    private static ObjectNode submission(String user, String level, Map<String, String> ratings) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("type", "view_submission").put("api_app_id", "A1").put("token", "unused")
                .put("trigger_id", "1.2.3");
        payload.putObject("team").put("id", "T1").put("domain", "example");
        payload.putObject("user").put("id", user).put("username", "someone").put("team_id", "T1");
        ObjectNode view = payload.putObject("view");
        view.put("id", "V1").put("team_id", "T1").put("type", "modal").put("callback_id", "assessment")
                .put("private_metadata", level).put("hash", "1.a").put("app_id", "A1");
        view.putArray("blocks");
        ObjectNode values = view.putObject("state").putObject("values");
        ratings.forEach((skill, code) -> values.putObject("skill:" + skill).putObject("level")
                .put("type", "static_select").putObject("selected_option").put("value", code));
        payload.putArray("response_urls");
        payload.put("is_enterprise_install", false);
        return payload;
    }

    private HttpResponse<String> submit(ObjectNode payload) throws Exception {
        return slack("payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
    }

    /** The text of the one message posted to the person's direct messages. */
    private static String dmText() {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !FAKE.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).isEmpty());
        return FAKE.findAll(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))).stream()
                .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"));
    }

    // --- helpers: Teams ---

    private static ObjectNode text(String said) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("text", said);
        return activity;
    }

    /** A message in the person's one-to-one chat with the bot, with {@code content}'s text or value. */
    private ObjectNode personal(String user, ObjectNode content) {
        ObjectNode activity = JSON.createObjectNode();
        activity.put("type", "message").put("id", "a" + UUID.randomUUID()).put("serviceUrl", serviceUrl())
                .put("channelId", "msteams");
        activity.putObject("from").put("id", user).put("name", "Someone");
        activity.putObject("conversation").put("id", "a:personal-" + user).put("conversationType", "personal")
                .put("tenantId", "tenant-1");
        activity.putObject("recipient").put("id", "28:bot");
        activity.setAll(content);
        return activity;
    }

    private HttpResponse<String> bot(ObjectNode activity) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/api/messages"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token())
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The reply the bot posted to the Bot Connector. */
    private static String teamsReply() {
        return MICROSOFT.awaitActivities(1).get(0).getBodyAsString();
    }

    /** The person records their level and saves one assessment in their personal chat. */
    private void personalSubmit(String user) throws Exception {
        FAKE.resetRequests();
        bot(personal(user, text("me senior infrastructure operations engineer")));
        assertThat(teamsReply()).contains("Saved: you are");
        FAKE.resetRequests();
        bot(personal(user, (ObjectNode) JSON.readTree("{\"value\":{\"command\":\"assessment\",\"level\":\"" + LEVEL
                + "\",\"skill:" + level().skills().get(0).skill() + "\":\"expert\"}}")));
        assertThat(teamsReply()).contains("Saved your self-assessment");
    }

    private String fileName(PersonKey person, String suffix) throws Exception {
        FAKE.resetRequests();
        bot(personal(person.userId(), text("export")));
        JsonNode reply = JSON.readTree(teamsReply());
        List<String> urls = new ArrayList<>();
        reply.findValues("url").forEach(u -> urls.add(u.asString()));
        String url = urls.stream().filter(u -> u.contains("/files/")).findFirst().orElseThrow();
        return links.open(token(url)).orElseThrow().fileName().endsWith(suffix)
                ? links.open(token(url)).orElseThrow().fileName()
                : urls.stream().filter(u -> u.contains("/files/")).map(u -> links.open(token(u)).orElseThrow().fileName())
                        .filter(f -> f.endsWith(suffix)).findFirst().orElseThrow();
    }

    private static String token(String link) {
        return link.substring(link.indexOf("/files/") + "/files/".length());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
