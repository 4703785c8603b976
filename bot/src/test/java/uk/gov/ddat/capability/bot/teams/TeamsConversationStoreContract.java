package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Where each Teams conversation can be reached, in the database: run on H2 and PostgreSQL. */
abstract class TeamsConversationStoreContract {

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final TeamsConversationStore store = new TeamsConversationStore(db.jdbc());
    private final Instant now = Instant.parse("2026-11-27T09:00:00Z");

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void aConversationIsRememberedWithItsLatestServiceUrl() {
        assertThat(store.serviceUrl("tenant-1", "19:a@thread.tacv2")).isEmpty();
        store.remember("tenant-1", "19:a@thread.tacv2", "https://smba.trafficmanager.net/uk/", now);
        assertThat(store.serviceUrl("tenant-1", "19:a@thread.tacv2")).contains("https://smba.trafficmanager.net/uk/");
        store.remember("tenant-1", "19:a@thread.tacv2", "https://smba.trafficmanager.net/emea/", now.plusSeconds(60));
        assertThat(store.serviceUrl("tenant-1", "19:a@thread.tacv2"))
                .contains("https://smba.trafficmanager.net/emea/");
        assertThat(store.serviceUrl("tenant-1", "19:b@thread.tacv2")).isEmpty();
        assertThat(rows("19:a@thread.tacv2")).isEqualTo(1);
    }

    @Test
    void aTeamsChannelsAreFoundByTheTeamOnceAnActivityNamedIt() {
        String team = "19:general@thread.tacv2";
        store.remember("tenant-1", team, java.util.Optional.of(team), "https://smba.trafficmanager.net/uk/", now);
        store.remember("tenant-1", "19:other@thread.tacv2", java.util.Optional.of(team),
                "https://smba.trafficmanager.net/uk/", now);
        // A later activity without the team (a reply in a thread) keeps what is known.
        store.remember("tenant-1", "19:other@thread.tacv2", "https://smba.trafficmanager.net/uk/", now);
        store.remember("tenant-1", "19:elsewhere@thread.tacv2", java.util.Optional.of("19:another@thread.tacv2"),
                "https://smba.trafficmanager.net/uk/", now);
        store.remember("tenant-2", "19:other@thread.tacv2", java.util.Optional.of(team),
                "https://smba.trafficmanager.net/uk/", now);

        assertThat(store.conversationsOfTeam("tenant-1", team))
                .containsExactly("19:general@thread.tacv2", "19:other@thread.tacv2");
    }

    @Test
    void tenantsAreKeptApartEvenWithTheSameConversationId() {
        store.remember("tenant-1", "19:same@thread.tacv2", "https://smba.trafficmanager.net/uk/", now);
        store.remember("tenant-2", "19:same@thread.tacv2", "https://smba.trafficmanager.net/amer/", now);
        assertThat(store.serviceUrl("tenant-1", "19:same@thread.tacv2"))
                .contains("https://smba.trafficmanager.net/uk/");
        assertThat(store.serviceUrl("tenant-2", "19:same@thread.tacv2"))
                .contains("https://smba.trafficmanager.net/amer/");
        assertThat(store.serviceUrl("tenant-3", "19:same@thread.tacv2")).isEmpty();
        assertThat(rows("19:same@thread.tacv2")).isEqualTo(2);
    }

    @Test
    void instancesRememberingTheSameConversationAtOnceLeaveOneRow() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String url = "https://smba.trafficmanager.net/uk/" + i + "/";
            done.add(pool.submit(() -> {
                start.await();
                store.remember("tenant-1", "19:race@thread.tacv2", url, now);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(30, TimeUnit.SECONDS); // none of them failed
        }
        pool.shutdown();
        assertThat(rows("19:race@thread.tacv2")).isEqualTo(1);
        assertThat(store.serviceUrl("tenant-1", "19:race@thread.tacv2")).hasValueSatisfying(
                url -> assertThat(url).startsWith("https://smba.trafficmanager.net/uk/"));
    }

    private int rows(String conversationId) {
        return db.jdbc().sql("SELECT COUNT(*) FROM teams_conversation WHERE conversation_id = ?")
                .param(conversationId).query(Integer.class).single();
    }
}
