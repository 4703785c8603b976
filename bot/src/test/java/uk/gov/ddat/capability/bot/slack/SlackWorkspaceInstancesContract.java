package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.slack.api.bolt.model.builtin.DefaultInstaller;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.bot.tips.Schedule;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * Two whole instances in "Add to Slack" mode sharing one database serve two workspaces: each
 * channel's tip is posted once, with its own workspace's token. Run on H2 and PostgreSQL.
 */
abstract class SlackWorkspaceInstancesContract {

    static final int CHANNELS_PER_WORKSPACE = 20;

    abstract TestDatabases.Database database();

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private WireMockServer slack;
    private TestDatabases.Database db;

    @BeforeEach
    void setUp() {
        db = database();
        slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        slack.start();
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(20)));
    }

    @AfterEach
    void tearDown() {
        instances.forEach(ConfigurableApplicationContext::close);
        slack.stop();
        db.close();
    }

    @Test
    void twoInstancesPostEachWorkspacesTipsOnceWithThatWorkspacesToken() {
        JdbcInstallationService installations = new JdbcInstallationService(db.jdbc(),
                new TokenCipher(SlackInstallationsContract.KEY, List.of()), Clock.systemUTC());
        SubscriptionStore store = new SubscriptionStore(db.jdbc(), db.transactions());
        Instant now = Instant.now();
        Schedule due = new Schedule(LocalTime.ofInstant(now.minusSeconds(60), ZoneOffset.UTC), ZoneOffset.UTC,
                Schedule.Days.DAILY);
        for (String team : List.of("TA", "TB")) {
            installations.saveInstallerAndBot(DefaultInstaller.builder().teamId(team).isEnterpriseInstall(false)
                    .botUserId("UBOT").botAccessToken("xoxb-" + team).installedAt(now.toEpochMilli()).build());
            for (int i = 0; i < CHANNELS_PER_WORKSPACE; i++) {
                store.subscribe(Platform.SLACK, ":" + team, "C" + team + i, Optional.empty(), due,
                        "Infrastructure operations engineer", "U1", now.minus(Duration.ofDays(1)), i);
            }
        }
        start();
        start();
        await().atMost(Duration.ofSeconds(60)).until(() -> posts().size() >= 2 * CHANNELS_PER_WORKSPACE);
        // Nothing more for three seconds: long enough for a second post to show up, were there one.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> posts().size() == 2 * CHANNELS_PER_WORKSPACE);
        List<LoggedRequest> posts = posts();
        assertThat(posts).hasSize(2 * CHANNELS_PER_WORKSPACE);
        assertThat(posts.stream().map(p -> channel(p)).distinct()).hasSize(2 * CHANNELS_PER_WORKSPACE);
        for (LoggedRequest post : posts) {
            String team = channel(post).substring(1, 3);
            assertThat(post.getHeader("Authorization")).as(channel(post)).isEqualTo("Bearer xoxb-" + team);
        }
    }

    private void start() {
        instances.add(new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--spring.datasource.url=" + db.url(), "--spring.flyway.enabled=false",
                "--slack.client-id=1111.2222", "--slack.client-secret=secret", "--slack.signing-secret=secret",
                "--slack.token-encryption-key=" + SlackInstallationsContract.KEY,
                "--slack.api-url=" + slack.baseUrl() + "/api/",
                "--tips.poll-interval=1s", "--tips.claim-lease=5s", "--tips.send-threads=4"));
    }

    private List<LoggedRequest> posts() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage")));
    }

    private static String channel(LoggedRequest post) {
        return SlackAppIntegrationTest.form(post.getBodyAsString()).get("channel");
    }
}
