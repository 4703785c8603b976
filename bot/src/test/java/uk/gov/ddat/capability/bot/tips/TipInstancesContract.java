package uk.gov.ddat.capability.bot.tips;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Whole application instances sharing one database and one fake Slack API: run on H2 (instances
 * in one JVM share an in-memory database) and on PostgreSQL.
 */
abstract class TipInstancesContract {

    abstract TestDatabases.Database database();

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private WireMockServer slack;
    private TestDatabases.Database db;
    private SubscriptionStore store;

    @BeforeEach
    void setUp() {
        db = database();
        store = new SubscriptionStore(db.jdbc(), db.transactions());
        slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\"}")));
    }

    @AfterEach
    void tearDown() {
        instances.forEach(ConfigurableApplicationContext::close);
        slack.stop();
        db.close();
    }

    @Test
    void twoInstancesPostEveryChannelsTipExactlyOnce() {
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(20)));
        subscribeDueNow(200);
        start();
        start();
        await().atMost(Duration.ofSeconds(60)).until(() -> posts().size() >= 200);
        sleep(3_000); // long enough for a second post to show up, were there one
        assertThat(posts()).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void anInstanceStoppedMidRunIsFinishedByTheRestartedOneWithNothingTwice() {
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(100)));
        subscribeDueNow(200);
        ConfigurableApplicationContext first = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> posts().size() >= 20);
        first.close();
        int postedBeforeRestart = posts().size();
        assertThat(postedBeforeRestart).isLessThan(200);

        start();
        await().atMost(Duration.ofSeconds(60)).until(() -> posts().size() >= 200);
        sleep(3_000);
        assertThat(posts()).hasSize(200).doesNotHaveDuplicates();
    }

    private void subscribeDueNow(int count) {
        DueSubscriptions.create(store, count);
    }

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--spring.datasource.url=" + db.url(), "--spring.flyway.enabled=false",
                "--slack.bot-token=xoxb-tips", "--slack.signing-secret=secret",
                "--slack.api-url=" + slack.baseUrl() + "/api/",
                "--tips.poll-interval=1s", "--tips.claim-lease=5s", "--tips.send-threads=4");
        instances.add(context);
        return context;
    }

    /** The channels posted to, one entry per chat.postMessage. */
    private List<String> posts() {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(r -> channel(r.getBodyAsString())).toList();
    }

    private static String channel(String form) {
        for (String pair : form.split("&")) {
            if (pair.startsWith("channel=")) {
                return URLDecoder.decode(pair.substring("channel=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
