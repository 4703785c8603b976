package uk.gov.ddat.capability.bot.tips;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.awaitility.core.ConditionTimeoutException;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Whole application instances sharing one database and one fake Slack Web API, with channels
 * whose tip is due now. Used by {@link TipInstancesContract} (asserts) and by
 * {@link TipInstancesStress} (repeats under load and counts).
 */
final class TipInstances implements AutoCloseable {

    static final int CHANNELS = 200;

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final WireMockServer slack;
    private final TestDatabases.Database db;

    TipInstances(TestDatabases.Database db) {
        this.db = db;
        slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\"}")));
        DueSubscriptions.create(new SubscriptionStore(db.jdbc(), db.transactions()), CHANNELS);
    }

    /** Two instances start together; returns the channels posted to, one entry a post. */
    List<String> twoInstances() {
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(20)));
        start();
        start();
        return settled();
    }

    /**
     * One instance is stopped (gracefully) a tenth of the way through, and another started:
     * returns the posts, and how many there were when the first had stopped.
     */
    Result stoppedMidRun() {
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(100)));
        ConfigurableApplicationContext first = start();
        await().atMost(Duration.ofSeconds(60)).until(() -> posts().size() >= CHANNELS / 10);
        first.close();
        int beforeRestart = posts().size();
        start();
        return new Result(settled(), beforeRestart);
    }

    record Result(List<String> posts, int postedBeforeRestart) {
    }

    /**
     * Waits for every channel to have its tip, then proves nothing more is posted for three
     * seconds (long enough for a second post to show up, were there one). Posts that arrive in
     * that time are left in the list for the caller to count.
     */
    private List<String> settled() {
        await().atMost(Duration.ofSeconds(90)).until(() -> posts().stream().distinct().count() >= CHANNELS);
        int settled = posts().size();
        try {
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> posts().size() == settled);
        } catch (ConditionTimeoutException e) {
            // More was posted: duplicates, which the caller sees in the list.
        }
        return posts();
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
    List<String> posts() {
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

    @Override
    public void close() {
        instances.forEach(ConfigurableApplicationContext::close);
        slack.stop();
    }
}
