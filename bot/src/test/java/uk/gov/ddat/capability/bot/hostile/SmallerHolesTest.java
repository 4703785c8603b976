package uk.gov.ddat.capability.bot.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.support.DisplayNames;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * The smaller holes: Slack timestamps far in the future, display names that carry links or
 * formatting into a channel announcement, and an event that arrives without an event_id.
 */
class SmallerHolesTest extends HostileCallers {

    @Autowired
    SubscriptionStore subscriptions;

    private static final String LINK_NAME = "[Reset your password](https://evil.example)";

    @Test
    void aSignedRequestMoreThanFiveMinutesAwayEitherWayIsRefused() throws Exception {
        String body = slashCommand("C1", "alice", "senior");
        long now = Instant.now().getEpochSecond();
        assertThat(slack(body, "application/x-www-form-urlencoded", now + 600).statusCode()).isEqualTo(401);
        assertThat(slack(body, "application/x-www-form-urlencoded", now + 86_400 * 365).statusCode()).isEqualTo(401);
        assertThat(slack(body, "application/x-www-form-urlencoded", now - 600).statusCode()).isEqualTo(401);
        assertThat(slack(body, "application/x-www-form-urlencoded", now + 60).statusCode()).isEqualTo(200);
        assertThat(slack(body, "application/x-www-form-urlencoded", now).statusCode()).isEqualTo(200);
    }

    @Test
    void aTeamsDisplayNameIsAnnouncedAsPlainWords() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> botMessage("tips on 09:30 UTC daily", LINK_NAME)
                .statusCode() == 200);
        // Saved before Teams had its 200, not after: a crash now could not lose it.
        assertThat(subscriptions.find(Platform.TEAMS, "tenant-1", "19:chan@thread.skype")).isPresent();
        String posted = MICROSOFT.awaitActivities(1).get(0).getBodyAsString();
        assertThat(posted).contains("Reset your password https evil example turned on daily tips")
                .doesNotContain("](").doesNotContain("evil.example").doesNotContain("https://evil");
    }

    @Test
    void aTeamsWebhookDisplayNameIsPlainToo() throws Exception {
        String answer = webhook(webhookMessage("tip", "**Boss** <b>x</b>")).body();
        assertThat(answer).doesNotContain("**Boss**").doesNotContain("<b>");
    }

    @Test
    void aSlackNameWithFormattingIsAnnouncedAsPlainWords() throws Exception {
        String channel = "CNAME" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(slack(slashCommand(channel, "*boss*_of_~all~", "tips on 09:30 UTC daily"),
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> !FAKE.findAll(
                postRequestedFor(urlPathMatching("/commands/T1/" + channel + "/.*"))).isEmpty());
        String posted = FAKE.findAll(postRequestedFor(urlPathMatching("/commands/T1/" + channel + "/.*"))).get(0)
                .getBodyAsString();
        assertThat(posted).contains("@boss of all turned on daily tips").doesNotContain("*boss*").doesNotContain("_of_");
    }

    @Test
    void displayNamesKeepWordsInAnyScriptAndDropEverythingElse() {
        assertThat(DisplayNames.plain("Siân O'Neil-Jones")).isEqualTo("Siân O'Neil-Jones");
        assertThat(DisplayNames.plain("Zoë 李")).isEqualTo("Zoë 李");
        assertThat(DisplayNames.plain(LINK_NAME)).isEqualTo("Reset your password https evil example");
        assertThat(DisplayNames.plain("<@U123> `x` *y* _z_ ~w~ #c !here")).isEqualTo("U123 x y z w c here");
        assertThat(DisplayNames.plain("a".repeat(500))).hasSize(60);
        assertThat(DisplayNames.plain(null)).isEmpty();
    }

    @Test
    void anEventWithoutAnEventIdIsStillAnsweredOnce() throws Exception {
        String channel = "CNOID" + UUID.randomUUID().toString().substring(0, 6);
        String body = mention(null, channel, "1700000123.000100", "senior");
        for (int delivery = 0; delivery < 3; delivery++) {
            assertThat(slack(body, "application/json").statusCode()).isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(channel).size() == 1);
        await().during(Duration.ofMillis(1_500)).atMost(Duration.ofSeconds(3)).until(() -> postsTo(channel).size() == 1);
        // A different message in the same channel is a different event.
        slack(mention(null, channel, "1700000124.000100", "lead"), "application/json");
        await().atMost(Duration.ofSeconds(10)).until(() -> postsTo(channel).size() == 2);
    }

    private static List<LoggedRequest> postsTo(String channel) {
        return FAKE.findAll(postRequestedFor(urlEqualTo("/api/chat.postMessage"))).stream()
                .filter(r -> URLDecoder.decode(r.getBodyAsString(), StandardCharsets.UTF_8).contains("channel=" + channel))
                .toList();
    }
}
