package uk.gov.ddat.capability.bot.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.changes.ChangeAnswers;
import uk.gov.ddat.capability.bot.changes.ChangeCommands;
import uk.gov.ddat.capability.bot.changes.ChangeStore;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;
import uk.gov.ddat.capability.bot.tips.TipsProperties;

class ConversationRouterTest {

    /** A platform whose commands start with "!cap": shows the wording comes from the asker. */
    private static final Wording BANG = new Wording() {
        @Override
        public String command(String words) {
            return "!cap " + words;
        }

        @Override
        public String howToAsk() {
            return "Type !cap and a question.";
        }

        @Override
        public String whyNoDailyTips() {
            return "No tips from here.";
        }

        @Override
        public String whereToAskPrivately() {
            return "Ask !cap in private.";
        }
    };

    private final ConversationEngine engine = Engines.bundled();
    private final TestDatabases.Database db = TestDatabases.h2();
    private final SubscriptionStore store = new SubscriptionStore(db.jdbc(), db.transactions());
    private static final int DATABASE_CALLS = 1;
    private final TimeBox database = new TimeBox("router-test", DATABASE_CALLS);
    private final ConversationRouter router = new ConversationRouter(engine, new TipCommands(store, engine,
            new TipsProperties(Duration.ofSeconds(20), Duration.ofHours(2), Duration.ofMinutes(2), 1, null, null),
            Clock.systemUTC(), new SplittableRandom(1)), database);

    @AfterEach
    void close() {
        database.close();
        db.close();
    }

    private static Asker asker(boolean canPostLater) {
        return new Asker(Platform.TEAMS, BANG, "t1", "19:c", Optional.of("https://example/"), "29:u", "Tim",
                Optional::empty, canPostLater, Duration.ofSeconds(3), Asker.Privacy.SHARED);
    }

    @Test
    void aLeadingSlashCommandIsNotPartOfTheQuestion() {
        assertThat(router.typed("/skills senior", asker(true)).answer())
                .isEqualTo(router.typed("senior", asker(true)).answer());
        assertThat(router.typed("  /SKILLS   lead", asker(true)).answer().title()).contains("Lead");
        assertThat(ConversationRouter.isTipsCommand("/skills tips on 09:30")).isTrue();
        assertThat(ConversationRouter.isTipsCommand("/skills senior")).isFalse();
    }

    @Test
    void changesCommandsGoToTheDatabaseWhereThereIsOneAndAreExplainedWhereThereIsNot() {
        ChangeStore changes = new ChangeStore(db.jdbc(), db.transactions());
        ConversationRouter withChanges = new ConversationRouter(engine, new TipCommands(store, engine,
                new TipsProperties(null, null, null, 1, null, null), Clock.systemUTC(), new SplittableRandom(1)),
                null, new ChangeCommands(changes, new ChangeAnswers(10, "https://example.gov.uk/", ZoneOffset.UTC),
                engine::model, Clock.systemUTC()), database);

        assertThat(ConversationRouter.isTipsCommand("/skills changes on")).as("done after Slack's ack").isTrue();
        assertThat(withChanges.typed("/skills changes on", asker(false)).answer().title())
                .isEqualTo("Change announcements can't be turned on here");
        Reply on = withChanges.typed("/skills changes on", asker(true));
        assertThat(on.audience()).isEqualTo(Reply.Audience.CONVERSATION);
        assertThat(changes.isOn(Platform.TEAMS, "t1", "19:c")).isTrue();
        assertThat(withChanges.typed("changes", asker(false)).answer().title()).isEqualTo("No changes recorded yet");
        assertThat(router.typed("changes", asker(true)).answer().title())
                .isEqualTo("Framework changes aren't recorded here");
        assertThat(router.typed("help", asker(true)).answer().plainText()).contains("!cap changes");
    }

    @Test
    void tipsCommandsAreSavedAndWordedForThePlatform() {
        Reply on = router.typed("/skills tips on 09:30 Europe/London", asker(true));
        assertThat(on.audience()).isEqualTo(Reply.Audience.CONVERSATION);
        assertThat(on.answer().plainText()).contains("Tim turned on daily tips here: 09:30 Europe/London");
        assertThat(store.find(Platform.TEAMS, "t1", "19:c")).hasValueSatisfying(s -> assertThat(s.active()).isTrue());
        Reply status = router.typed("tips", asker(true));
        assertThat(status.audience()).isEqualTo(Reply.Audience.ASKER);
        assertThat(status.answer().plainText()).contains("Change them with !cap tips on ..., stop them with !cap tips off.");
        assertThat(router.typed("help", asker(true)).answer().plainText()).contains("Type !cap and a question.")
                .contains("!cap compare <level> <level>").doesNotContain("/skills");
    }

    @Test
    void whereTipsCannotBePostedTheAnswerSaysWhyAndATipNowStillWorks() {
        Reply on = router.typed("tips on 09:30", asker(false));
        assertThat(on.answer().plainText()).contains("No tips from here.");
        assertThat(store.find(Platform.TEAMS, "t1", "19:c")).isEmpty();
        assertThat(router.typed("tip", asker(false)).answer().title()).startsWith("Tip");
        ConversationRouter terminal = ConversationRouter.withoutTips(engine);
        assertThat(terminal.typed("tips on 09:30", Asker.terminal()).answer().plainText())
                .contains(Wording.TERMINAL.whyNoDailyTips());
    }

    @Test
    void aBusyOrBrokenDatabaseGetsAFriendlyAnswer() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch stuck = new CountDownLatch(DATABASE_CALLS);
        for (int i = 0; i < DATABASE_CALLS; i++) {
            database.submit(() -> {
                stuck.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();
        // every database call is now taken
        assertThat(router.typed("tips on 09:30", asker(true)).answer().plainText())
                .contains("I couldn't confirm that in time. Say !cap tips in a minute");
        release.countDown();

        db.close(); // the database is gone
        assertThat(router.typed("tips on 09:30", asker(true)).answer().title())
                .isEqualTo("Daily tips are unavailable just now");
    }
}
