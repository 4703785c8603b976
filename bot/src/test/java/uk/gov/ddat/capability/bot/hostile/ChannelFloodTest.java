package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * One channel flooded with mentions: its replies go out about a second apart (Slack's limit per
 * channel), every mention is acknowledged at once, and a direct message in another channel is
 * answered straight away rather than behind the flood.
 */
class ChannelFloodTest extends HostileCallers {

    private static final int FLOOD = 40;

    @Test
    void aFloodedChannelDelaysOnlyItself() throws Exception {
        String flooded = "CFLOOD" + UUID.randomUUID().toString().substring(0, 6);
        Duration slowestAck = Duration.ZERO;
        for (int i = 0; i < FLOOD; i++) {
            long start = System.nanoTime();
            int status = slack(mention("EvFlood" + UUID.randomUUID(), flooded, "1700000000." + i, "senior"),
                    "application/json").statusCode();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            slowestAck = took.compareTo(slowestAck) > 0 ? took : slowestAck;
            assertThat(status).isEqualTo(200);
        }
        assertThat(slowestAck).as("acknowledged without waiting for the channel").isLessThan(Duration.ofSeconds(2));

        String other = "DQUIET" + UUID.randomUUID().toString().substring(0, 6);
        long asked = System.nanoTime();
        assertThat(slack(directMessage("EvDm" + UUID.randomUUID(), other, "1700000001.1", "lead"), "application/json")
                .statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> !postsTo(other).isEmpty());
        Duration answeredIn = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(answeredIn).as("the other channel's reply is not behind the flood").isLessThan(Duration.ofSeconds(3));

        // The flooded channel is paced: about one a second, not all at once.
        await().atMost(Duration.ofSeconds(20)).until(() -> postsTo(flooded).size() >= 8);
        List<LoggedRequest> posts = postsTo(flooded);
        assertThat(posts.size()).isLessThan(FLOOD);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < 8; i++) {
            gaps.add(posts.get(i).getLoggedDate().getTime() - posts.get(i - 1).getLoggedDate().getTime());
        }
        // Paced by when each is sent (a second apart); the first calls of a cold client can arrive
        // late and close together, so the span is taken from the third post on.
        assertThat(posts.get(7).getLoggedDate().getTime() - posts.get(2).getLoggedDate().getTime())
                .isGreaterThan(4_000);
        System.out.printf("Channel flood: %d mentions acknowledged, slowest ack %d ms; other channel answered in "
                + "%d ms; flooded channel gaps %s ms%n", FLOOD, slowestAck.toMillis(), answeredIn.toMillis(), gaps);
    }

    private static List<LoggedRequest> postsTo(String channel) {
        return FAKE.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .filter(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8).contains("channel=" + channel))
                .toList();
    }
}
