package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * Acknowledged work survives a stop. The real bot runs in a JVM of its own on its default embedded
 * database (an H2 file);
 * Slack (faked) answers slowly, so a backlog of acknowledged mentions and tips commands builds up;
 * then the bot is stopped with SIGTERM or killed with SIGKILL. Started again, it answers every
 * acknowledged mention and carries out every acknowledged tips command.
 */
class BacklogSurvivesStopTest {

    private static final String SECRET = "backlog-secret";
    private static final int MENTIONS = 24;
    private static final int TIPS = 4;

    @TempDir
    Path dir;

    private final WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort()
            .containerThreads(60));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startSlack() {
        slack.start();
    }

    @AfterEach
    void stopSlack() {
        slack.stop();
    }

    @Test
    void killedWithABacklogEverythingAcknowledgedIsDoneAfterRestart() throws Exception {
        survives(false);
    }

    @Test
    void stoppedWithABacklogEverythingAcknowledgedIsDoneAfterRestart() throws Exception {
        survives(true);
    }

    private void survives(boolean graceful) throws Exception {
        // The bot runs in dir on its default embedded database, ./data/bot.
        String db = "jdbc:h2:file:" + dir.resolve("data/bot").toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        int port = ChildBot.freePort();
        fakeSlack(Duration.ofSeconds(4)); // slow: two reply threads get through one reply each per 4 s

        List<String> channels = new ArrayList<>();
        try (ChildBot bot = start(port, "first")) {
            for (int i = 0; i < MENTIONS; i++) {
                String channel = "CB" + i;
                channels.add(channel);
                assertThat(send(port, SignedSlack.mention("EvB" + i, channel, "1700000000." + i, "senior"),
                        "application/json")).isEqualTo(200);
            }
            for (int i = 0; i < TIPS; i++) {
                assertThat(send(port, SignedSlack.slashCommand(slack.baseUrl(), "CT" + i, "tess",
                        "tips on 10:00 UTC daily"), "application/x-www-form-urlencoded")).isEqualTo(200);
            }
            int answeredBefore = answered().size();
            if (graceful) {
                bot.stop();
                assertThat(bot.waitFor(Duration.ofSeconds(30))).as("stopped gracefully").isTrue();
            } else {
                bot.kill();
            }
            System.out.printf("Backlog before %s: %d of %d mentions answered%n", graceful ? "SIGTERM" : "SIGKILL",
                    answeredBefore, MENTIONS);
            assertThat(answeredBefore).as("a real backlog was left").isLessThan(MENTIONS / 2);
        }

        slack.resetAll();
        fakeSlack(Duration.ZERO);
        long restarted = System.nanoTime();
        try (ChildBot bot = start(port, "second")) {
            try {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                        .until(() -> answered().containsAll(channels) && tipsConfirmed() >= TIPS);
            } catch (RuntimeException e) {
                List<String> missing = new ArrayList<>(channels);
                missing.removeAll(answered());
                System.out.println("MISSING " + missing + " tips " + tipsConfirmed());
                bot.output().lines().filter(l -> l.contains("WARN") || l.contains("ERROR") || l.contains("Taking"))
                        .forEach(l -> System.out.println("CHILD " + l));
                throw e;
            }
            System.out.printf("After restart: every mention answered and %d tips commands done in %d ms%n", TIPS,
                    Duration.ofNanos(System.nanoTime() - restarted).toMillis());
            bot.stop();
            assertThat(bot.waitFor(Duration.ofSeconds(30))).isTrue();
        }
        JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(db, "", ""));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tip_subscription WHERE active").query(Integer.class).single())
                .isEqualTo(TIPS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM slack_event WHERE NOT answered").query(Integer.class).single())
                .isZero();
    }

    private ChildBot start(int port, String name) throws Exception {
        ChildBot bot = ChildBot.start(dir, name, Map.of("SLACK_BOT_TOKEN", "xoxb-backlog",
                        "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", slack.baseUrl() + "/api/",
                        "SLACK_RESPONSE_URL_PREFIX", slack.baseUrl() + "/", "SLACK_REPLY_THREADS", "2",
                        "SLACK_DRAIN_TIME", "1s", "PORT", Integer.toString(port),
                        "MANAGEMENT_PORT", "0", "FRAMEWORK_RELOAD_INTERVAL", "0"),
                List.of("--storage.seen-events-takeover=3s", "--slack.recovery-interval=1s", "--tips.poll-interval=0s"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                .until(() -> !bot.alive() || send(port, SignedSlack.slashCommand(slack.baseUrl(), "CREADY", "r",
                        "help"), "application/x-www-form-urlencoded") == 200);
        assertThat(bot.alive()).as("started: %s", bot.lastErrorLine()).isTrue();
        return bot;
    }

    private void fakeSlack(Duration delay) {
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"bot_id\":\"B1\"}")));
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")
                .withFixedDelay((int) delay.toMillis())));
        slack.stubFor(post("/api/users.info").willReturn(okJson("{\"ok\":false,\"error\":\"user_not_found\"}")));
        slack.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")
                .withFixedDelay((int) delay.toMillis())));
    }

    private int send(int port, String body, String contentType) throws Exception {
        HttpResponse<String> response = http.send(SignedSlack.request(port, SECRET, body, contentType,
                Instant.now().getEpochSecond()), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /** Channels that have had a reply posted. */
    private Set<String> answered() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8))
                .flatMap(body -> java.util.Arrays.stream(body.split("&")))
                .filter(pair -> pair.startsWith("channel=")).map(pair -> pair.substring("channel=".length()))
                .collect(Collectors.toSet());
    }

    private long tipsConfirmed() {
        return slack.findAll(postRequestedFor(urlPathMatching("/commands/T1/CT.*"))).stream()
                .filter(r -> r.getBodyAsString().contains("turned on daily tips")).count();
    }
}
