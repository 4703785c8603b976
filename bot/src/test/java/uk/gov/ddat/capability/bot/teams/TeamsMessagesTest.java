package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;
import uk.gov.ddat.capability.bot.tips.TipsProperties;

class TeamsMessagesTest {

    private final ConversationEngine engine = Engines.bundled();

    @Test
    void aTipsCommandWhenTheDatabaseIsDownGetsAClearAnswer() {
        TestDatabases.Database db = TestDatabases.h2();
        TipCommands commands = new TipCommands(new SubscriptionStore(db.jdbc(), db.transactions()), engine,
                new TipsProperties(Duration.ofSeconds(20), Duration.ofHours(2), Duration.ofMinutes(2), 1, null, null),
                Clock.systemUTC(), new SplittableRandom(1));
        db.close(); // the database is gone
        TeamsMessages messages = new TeamsMessages(engine, new AdaptiveCardRenderer(), commands);

        Map<String, Object> reply = messages.reply(SchemaCheck.parse("""
                {"type":"message","id":"1","text":"<at>Bot</at> tips on 09:30","serviceUrl":"https://example/",
                 "from":{"id":"29:u","name":"Tim"},"conversation":{"id":"19:c@thread.skype"}}"""), true).orElseThrow();
        assertThat(reply.get("summary")).isEqualTo("Daily tips are unavailable just now");
    }
}
