package uk.gov.ddat.capability.bot.changes;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.diff.FrameworkFacts;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/**
 * Whole application instances sharing one database (H2 in one JVM, or PostgreSQL) and one fake
 * Slack Web API: the recorded framework lacks one skill the bundled data has, so the instances
 * load a changed framework at start; between them they record it once and announce it once in
 * every channel that opted in.
 */
abstract class ChangeInstancesContract {

    static final int CHANNELS = 60;

    abstract TestDatabases.Database database();

    private TestDatabases.Database db;
    private ChangeStore store;
    private WireMockServer slack;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final FrameworkModel bundled = new FrameworkLoader(FrameworkSourceConfig.bundledOnly()).load();

    @BeforeEach
    void setUp() {
        db = database();
        store = new ChangeStore(db.jdbc(), db.transactions());
        slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40));
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\"}")));
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true}").withFixedDelay(20)));
        for (int i = 0; i < CHANNELS; i++) {
            store.turnOn(Platform.SLACK, "", "C" + i, Optional.empty(), "U1", Instant.now(), "");
        }
    }

    @AfterEach
    void tearDown() {
        instances.forEach(ConfigurableApplicationContext::close);
        slack.stop();
        db.close();
    }

    @Test
    void twoInstancesRecordTheChangeOnceAndAnnounceItOncePerChannel() {
        Skill missing = bundled.skills().get(0);
        String facts = FrameworkFacts.of(bundled).text().lines()
                .filter(line -> !line.equals("SKILL\t" + missing.name() + "\t"))
                .collect(Collectors.joining("\n"));
        store.recordBaseline(FrameworkFacts.parse(facts), Instant.now());

        start();
        start();

        await().atMost(Duration.ofSeconds(90)).until(() -> posts().stream().distinct().count() >= CHANNELS);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(posts()).hasSize(CHANNELS).doesNotHaveDuplicates();
        assertThat(store.since(Instant.EPOCH)).singleElement()
                .satisfies(set -> assertThat(set.changes()).hasSize(1));
        assertThat(texts()).allSatisfy(text -> assertThat(text).contains("New skill: " + missing.name()));
    }

    @Test
    void aFrameworkThatDidNotChangeRecordsAndAnnouncesNothing() {
        store.recordBaseline(FrameworkFacts.of(bundled), Instant.now());

        start();

        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> posts().isEmpty());
        assertThat(store.since(Instant.EPOCH)).isEmpty();
    }

    private void start() {
        instances.add(new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--spring.datasource.url=" + db.url(), "--spring.flyway.enabled=false",
                "--slack.bot-token=xoxb-changes", "--slack.signing-secret=secret",
                "--slack.api-url=" + slack.baseUrl() + "/api/",
                "--tips.poll-interval=0", "--changes.poll-interval=1s", "--changes.claim-lease=5s"));
    }

    private List<String> posts() {
        return field("channel");
    }

    private List<String> texts() {
        return field("blocks");
    }

    private List<String> field(String name) {
        return slack.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .map(r -> value(r.getBodyAsString(), name)).toList();
    }

    private static String value(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
