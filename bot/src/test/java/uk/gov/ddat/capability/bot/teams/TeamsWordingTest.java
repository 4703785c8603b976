package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.QuestionTable;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.profile.GapChart;
import uk.gov.ddat.capability.bot.profile.GapExport;
import uk.gov.ddat.capability.bot.profile.PersonalCommands;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;
import uk.gov.ddat.capability.bot.tips.TipsProperties;

/**
 * Everything the bot says in Teams is worded for Teams: Slack's {@code /skills} command appears
 * in no card, whatever is asked (help, every question of the question table, an unknown
 * question, the welcome) and whatever tips command is typed (status, on, off, mistakes, the
 * database being down or slow).
 */
class TeamsWordingTest {

    private final ConversationEngine engine = Engines.bundled();
    private final TestDatabases.Database db = TestDatabases.h2();
    private final TipCommands commands = new TipCommands(new SubscriptionStore(db.jdbc(), db.transactions()), engine,
            new TipsProperties(Duration.ofSeconds(20), Duration.ofHours(2), Duration.ofMinutes(2), 1, null, null),
            Clock.systemUTC(), new SplittableRandom(1));
    private final TeamsMessages messages = new TeamsMessages(engine, new AdaptiveCardRenderer(), commands);
    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void noAnswerRenderedForTeamsNamesTheSlackCommand() {
        List<String> asked = new ArrayList<>(List.of("help", "?", "what is the meaning of life", "tips",
                "tips on 25:99", "tips on 09:30 Mars/Olympus", "tips on 09:30 astronaut", "tips sideways",
                "tips off", "tips on 09:30 Europe/London", "tips", "tips off", "/skills help",
                "/skills tips on 09:30 Europe/London weekdays", "/skills tips", "/skills tips off", "tip"));
        QuestionTable.rows(QuestionTable.BUNDLED).forEach(row -> asked.add(row.question()));
        for (String text : asked) {
            String card = reply(text);
            assertThat(card).as(text).doesNotContain("/skills");
        }
        assertThat(asked).hasSizeGreaterThan(30);
    }

    @Test
    void helpAndTipsRepliesShowWhatToTypeInTeams() {
        assertThat(reply("help")).contains("mention me in a channel").contains("\"compare <level> <level>\"");
        assertThat(reply("tips")).contains("Turn them on with tips on [HH:MM] [time zone] [weekdays|daily] [role]");
        assertThat(reply("tips on 25:99")).contains("isn't a time of day").contains("tips on 09:30");
        assertThat(reply("/skills tips on 09:30 Europe/London")).contains("Tim turned on daily tips here: "
                + "09:30 Europe/London on weekdays");
        assertThat(reply("tips")).contains("Change them with tips on ..., stop them with tips off.");
    }

    @Test
    void theWelcomeAndTheDatabaseAnswersAreWordedForTeamsToo() {
        ObjectNode added = activity("");
        added.put("type", "installationUpdate").put("action", "add");
        assertThat(json.writeValueAsString(messages.reply(added, true).orElseThrow())).startsWith("{")
                .contains("Hello!").doesNotContain("/skills");
        assertThat(new AdaptiveCardRenderer().activity(TipCommands.unconfirmed(TeamsWording.INSTANCE)).toString())
                .contains("Say tips in a minute").doesNotContain("/skills");
        db.close(); // the database is gone
        assertThat(reply("/skills tips on 09:30 Europe/London")).contains("Daily tips are unavailable just now")
                .doesNotContain("/skills");
    }

    /** The personal commands, in a personal chat, are worded for Teams too. */
    @Test
    void personalAnswersAreWordedForTeams() {
        PersonalCommands personal = new PersonalCommands(new ProfileStore(db.jdbc(), db.transactions()), engine,
                new GapChart(), new GapExport(), Clock.systemUTC(), ZoneId.of("Europe/London"));
        TeamsMessages inPersonalChat = new TeamsMessages(new ConversationRouter(engine, commands, personal,
                new TimeBox("wording-test", 1)), new AdaptiveCardRenderer(), Optional.empty());
        for (String text : List.of("my gaps", "me", "me astronaut", "/skills me senior infrastructure operations engineer",
                "me", "aim lead", "aim astronaut", "my skills", "my gaps", "my next level", "export", "assess",
                "forget me", "forget me")) {
            ObjectNode activity = activity(text);
            ((ObjectNode) activity.path("conversation")).put("conversationType", "personal");
            String card = json.writeValueAsString(inPersonalChat.reply(activity, true).orElseThrow());
            assertThat(card).as(text).doesNotContain("/skills");
        }
        ObjectNode submitted = activity("");
        ((ObjectNode) submitted.path("conversation")).put("conversationType", "personal");
        submitted.putObject("value").put("command", "assessment").put("level", "Lead infrastructure operations engineer");
        assertThat(json.writeValueAsString(inPersonalChat.reply(submitted, true).orElseThrow()))
                .contains("Your assessment was not saved").doesNotContain("/skills");
    }

    private String reply(String text) {
        Map<String, Object> reply = messages.reply(activity("<at>Bot</at> " + text), true).orElseThrow();
        return json.writeValueAsString(reply);
    }

    private static ObjectNode activity(String text) {
        ObjectNode activity = (ObjectNode) SchemaCheck.parse("""
                {"type":"message","id":"1","serviceUrl":"https://example/","from":{"id":"29:u","name":"Tim"},
                 "recipient":{"id":"28:bot"},"conversation":{"id":"19:c@thread.skype","tenantId":"t1"}}""");
        activity.put("text", text);
        return activity;
    }
}
