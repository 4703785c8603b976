package uk.gov.ddat.capability.bot.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * Subscriptions, claims and the scheduler against a real database: run on H2 by
 * {@link TipSchedulingH2Test} and on PostgreSQL by {@link TipSchedulingPostgresTest}.
 */
abstract class TipSchedulingContract {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ConversationEngine ENGINE = Engines.bundled();
    static final TipsProperties PROPERTIES = new TipsProperties(Duration.ofSeconds(20), Duration.ofHours(2),
            Duration.ofMinutes(2), 4, "Europe/London", "09:30");

    abstract TestDatabases.Database database();

    SubscriptionStore store;
    MutableClock clock;
    RecordingSender sender;
    SimpleMeterRegistry meters;

    /** Records what would have been posted; outcomes can be scripted per call. */
    static final class RecordingSender implements TipSender {
        final ConcurrentLinkedQueue<String> posted = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> tipTitles = new ConcurrentLinkedQueue<>();
        volatile Function<Subscription, Outcome> outcome = s -> Outcome.sent();

        @Override
        public Platform platform() {
            return Platform.SLACK;
        }

        @Override
        public Outcome send(Subscription subscription, Answer tip) {
            Outcome result = outcome.apply(subscription);
            if (result.kind() == Outcome.Kind.SENT) {
                posted.add(subscription.conversationId());
                tipTitles.add(tip.title() + " | " + tip.plainText().hashCode());
            }
            return result;
        }
    }

    private TestDatabases.Database db;

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @BeforeEach
    void setUp() {
        db = database();
        store = new SubscriptionStore(db.jdbc(), db.transactions());
        clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z")); // a Monday, GMT
        sender = new RecordingSender();
        meters = new SimpleMeterRegistry();
    }

    TipScheduler scheduler(Executor executor) {
        return new TipScheduler(store, ENGINE, List.of(sender), clock, PROPERTIES, executor, meters);
    }

    Subscription subscribe(String channel, String time, Schedule.Days days) {
        return store.subscribe(Platform.SLACK, channel, Optional.empty(), new Schedule(LocalTime.parse(time), LONDON, days),
                "Infrastructure operations engineer", "U1", clock.instant(), channel.hashCode());
    }

    @Test
    void postsOnceAtTheLocalTime() {
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        TipScheduler scheduler = scheduler(Runnable::run);
        clock.set(Instant.parse("2026-11-23T09:29:00Z"));
        scheduler.runOnce();
        assertThat(sender.posted).isEmpty();
        clock.set(Instant.parse("2026-11-23T09:30:05Z"));
        scheduler.runOnce();
        clock.set(Instant.parse("2026-11-23T09:31:00Z"));
        scheduler.runOnce();
        assertThat(sender.posted).containsExactly("C1");
        clock.set(Instant.parse("2026-11-24T09:30:30Z"));
        scheduler.runOnce();
        assertThat(sender.posted).containsExactly("C1", "C1");
        assertThat(meters.counter("tips.sent").count()).isEqualTo(2);
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().tipsSent()).isEqualTo(2);
    }

    @Test
    void nineThirtyStaysNineThirtyAcrossBothClockChanges() {
        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        subscribe("C1", "09:30", Schedule.Days.DAILY);
        TipScheduler scheduler = scheduler(Runnable::run);
        List<String> postedAtUtc = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30),
                LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 26))) {
            // Poll every 10 minutes from 07:00 to 11:00 UTC and note when the tip went out.
            for (Instant t = day.atTime(7, 0).toInstant(java.time.ZoneOffset.UTC);
                 t.isBefore(day.atTime(11, 0).toInstant(java.time.ZoneOffset.UTC)); t = t.plus(Duration.ofMinutes(10))) {
                int before = sender.posted.size();
                clock.set(t);
                scheduler.runOnce();
                if (sender.posted.size() > before) {
                    postedAtUtc.add(t.toString());
                }
            }
        }
        assertThat(postedAtUtc).containsExactly(
                "2026-03-28T09:30:00Z", "2026-03-29T08:30:00Z", "2026-03-30T08:30:00Z",
                "2026-10-24T08:30:00Z", "2026-10-25T09:30:00Z", "2026-10-26T09:30:00Z");
    }

    @Test
    void weekdaysOnly() {
        clock.set(Instant.parse("2026-11-27T12:00:00Z")); // Friday after 09:30
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        TipScheduler scheduler = scheduler(Runnable::run);
        for (String day : List.of("2026-11-28", "2026-11-29")) {
            clock.set(Instant.parse(day + "T10:00:00Z"));
            scheduler.runOnce();
        }
        assertThat(sender.posted).isEmpty();
        clock.set(Instant.parse("2026-11-30T10:00:00Z"));
        scheduler.runOnce();
        assertThat(sender.posted).containsExactly("C1");
    }

    @Test
    void aSubscriptionMadeAfterTodaysTimeStartsTomorrow() {
        clock.set(Instant.parse("2026-11-23T10:00:00Z"));
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        TipScheduler scheduler = scheduler(Runnable::run);
        clock.set(Instant.parse("2026-11-23T10:01:00Z"));
        scheduler.runOnce();
        assertThat(sender.posted).isEmpty();
        clock.set(Instant.parse("2026-11-24T09:31:00Z"));
        scheduler.runOnce();
        assertThat(sender.posted).containsExactly("C1");
    }

    @Test
    void afterDowntimeRecentTipsArePostedAndOldOnesSkipped() {
        clock.set(Instant.parse("2026-11-20T12:00:00Z")); // set up on the Friday before
        subscribe("C-recent", "09:30", Schedule.Days.WEEKDAYS);
        subscribe("C-old", "06:00", Schedule.Days.WEEKDAYS);
        clock.set(Instant.parse("2026-11-23T10:30:00Z")); // an hour after 09:30, four and a half after 06:00
        scheduler(Runnable::run).runOnce();
        assertThat(sender.posted).containsExactly("C-recent");
        assertThat(meters.counter("tips.skipped").count()).isEqualTo(1);
        assertThat(store.lastDelivery(store.find(Platform.SLACK, "C-old").orElseThrow().id()).orElseThrow().status())
                .isEqualTo(SubscriptionStore.Status.SKIPPED);
    }

    @Test
    void twoInstancesPostEachTipOnce() throws Exception {
        for (int i = 0; i < 200; i++) {
            subscribe("C" + i, "09:30", Schedule.Days.WEEKDAYS);
        }
        clock.set(Instant.parse("2026-11-23T09:30:30Z"));
        ExecutorService poolA = Executors.newFixedThreadPool(4);
        ExecutorService poolB = Executors.newFixedThreadPool(4);
        TipScheduler a = scheduler(poolA);
        TipScheduler b = scheduler(poolB);
        CountDownLatch start = new CountDownLatch(1);
        Thread ta = new Thread(() -> { await(start); a.runOnce(); });
        Thread tb = new Thread(() -> { await(start); b.runOnce(); });
        ta.start();
        tb.start();
        start.countDown();
        ta.join();
        tb.join();
        poolA.shutdown();
        poolB.shutdown();
        assertThat(poolA.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(poolB.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        List<String> posted = new ArrayList<>(sender.posted);
        Collections.sort(posted);
        assertThat(posted).hasSize(200).doesNotHaveDuplicates();
    }

    @Test
    void whatAStoppedInstanceHadQueuedIsPostedByTheNextOneAtOnce() {
        for (int i = 0; i < 20; i++) {
            subscribe("C" + i, "09:30", Schedule.Days.WEEKDAYS);
        }
        clock.set(Instant.parse("2026-11-23T09:30:30Z"));
        List<Runnable> stranded = new ArrayList<>();
        TipScheduler stopped = scheduler(task -> {
            if (stranded.size() < 12) {
                stranded.add(task); // queued, never started: the instance stopped
            } else {
                task.run();
            }
        });
        stopped.runOnce();
        stopped.stop();
        stranded.forEach(Runnable::run); // a stopped scheduler sends nothing more
        assertThat(sender.posted).hasSize(8);

        // Nothing queued was claimed, so no lease has to run out first.
        TipScheduler restarted = scheduler(Runnable::run);
        clock.advance(Duration.ofSeconds(30));
        restarted.runOnce();
        assertThat(new ArrayList<>(sender.posted)).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void aSlowSenderIsNeverOvertakenEvenAfterTheLease() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = sendingAndHeld(scheduler(pool));

        clock.advance(PROPERTIES.claimLease().multipliedBy(3)); // the owner is stalled well past its lease
        sender.outcome = s -> TipSender.Outcome.sent();
        assertThat(scheduler(Runnable::run).runOnce()).isZero();
        assertThat(sender.posted).isEmpty();

        release.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(sender.posted).containsExactly("C1");
        long id = store.find(Platform.SLACK, "C1").orElseThrow().id();
        assertThat(store.lastDelivery(id).orElseThrow().status()).isEqualTo(SubscriptionStore.Status.SENT);
    }

    @Test
    void onlyTheClaimThatSentCanRecordTheOutcome() {
        Subscription subscription = subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        LocalDate day = LocalDate.of(2026, 11, 23);
        Instant due = Instant.parse("2026-11-23T09:30:00Z");
        assertThat(store.claim(subscription.id(), day, due, "a/1", due, due.minus(PROPERTIES.claimLease()))).isTrue();
        assertThat(store.claim(subscription.id(), day, due, "b/1", due.plus(Duration.ofHours(1)),
                due.plus(Duration.ofMinutes(58)))).as("a SENDING row is never taken over").isFalse();
        assertThat(store.markSent(subscription.id(), day, "b/1", "tip", due)).isFalse();
        assertThat(store.lastDelivery(subscription.id()).orElseThrow().status())
                .isEqualTo(SubscriptionStore.Status.SENDING);
        assertThat(store.markSent(subscription.id(), day, "a/1", "tip", due)).isTrue();
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().tipsSent()).isEqualTo(1);
    }

    @Test
    void aTipInterruptedWhileSendingIsGivenUpAfterTheGraceWindowNotRepeated() {
        Subscription subscription = subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        LocalDate day = LocalDate.of(2026, 11, 23);
        Instant due = Instant.parse("2026-11-23T09:30:00Z");
        // An instance claimed it and died mid-send: Slack may or may not have posted it.
        store.claim(subscription.id(), day, due, "dead/1", due.plusSeconds(5), due);
        TipScheduler scheduler = scheduler(Runnable::run);
        clock.set(due.plus(PROPERTIES.claimLease()).plus(Duration.ofMinutes(5)));
        scheduler.runOnce();
        assertThat(sender.posted).isEmpty();
        clock.set(due.plus(PROPERTIES.grace()).plus(Duration.ofMinutes(1)));
        scheduler.runOnce();
        assertThat(sender.posted).isEmpty();
        SubscriptionStore.Delivery delivery = store.lastDelivery(subscription.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(SubscriptionStore.Status.FAILED);
        assertThat(delivery.error()).hasValueSatisfying(e -> assertThat(e).contains("interrupted while sending"));
        assertThat(meters.counter("tips.failed").count()).isEqualTo(1);
    }

    @Test
    void aGracefulStopWaitsForTheSendInFlightAndRecordsIt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        TipScheduler scheduler = scheduler(pool);
        CountDownLatch release = sendingAndHeld(scheduler);
        assertThat(scheduler.stopAndAwait(Duration.ofMillis(50))).as("still sending").isFalse();
        new Thread(() -> {
            sleep(200);
            release.countDown();
        }).start();
        assertThat(scheduler.stopAndAwait(Duration.ofSeconds(10))).isTrue();
        long id = store.find(Platform.SLACK, "C1").orElseThrow().id();
        assertThat(store.lastDelivery(id).orElseThrow().status()).isEqualTo(SubscriptionStore.Status.SENT);
        pool.shutdown();
    }

    @Test
    void aTransientFailureStillFailingAtTheEndOfTheGraceWindowIsGivenUp() {
        Subscription subscription = subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        sender.outcome = s -> TipSender.Outcome.transientError("HTTP 503", Optional.empty());
        TipScheduler scheduler = scheduler(Runnable::run);
        int attempts = 0;
        for (Instant t = Instant.parse("2026-11-23T09:31:00Z"); t.isBefore(Instant.parse("2026-11-23T12:00:00Z"));
             t = t.plus(Duration.ofMinutes(1))) {
            clock.set(t);
            attempts += scheduler.runOnce();
        }
        assertThat(attempts).as("retried every lease within the window").isBetween(40, 61);
        assertThat(sender.posted).isEmpty();
        SubscriptionStore.Delivery delivery = store.lastDelivery(subscription.id()).orElseThrow();
        assertThat(delivery.status()).isEqualTo(SubscriptionStore.Status.FAILED);
        assertThat(delivery.error()).hasValueSatisfying(e -> assertThat(e).contains("grace window"));
        assertThat(meters.counter("tips.failed").count()).isEqualTo(1);
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().active()).as("a bad day does not pause tips").isTrue();
    }

    @Test
    void aTipAskedForNowMovesTheRotationOnSoTheDailyTipIsADifferentOne() {
        TipCommands commands = new TipCommands(store, ENGINE, PROPERTIES, clock, new java.util.SplittableRandom(1));
        TipCommands.Context context = new TipCommands.Context(Platform.SLACK, "C1", Optional.empty(), "U1", "@steve",
                () -> Optional.of("Europe/London"), Wording.TERMINAL);
        clock.set(Instant.parse("2026-11-22T12:00:00Z"));
        commands.handle("tips on 09:30 Europe/London daily", context);
        Subscription before = store.find(Platform.SLACK, "C1").orElseThrow();
        var tips = ENGINE.tips().tipsFor(ENGINE.model(), before.roleName());
        Answer first = TipRotation.pick(tips, before.rotationSeed(), 0).answer();
        Answer second = TipRotation.pick(tips, before.rotationSeed(), 1).answer();
        assertThat(first.plainText()).isNotEqualTo(second.plainText());

        assertThat(commands.handle("tip", context).answer().plainText()).isEqualTo(first.plainText());
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().tipsSent()).isEqualTo(1);
        clock.set(Instant.parse("2026-11-23T09:31:00Z"));
        scheduler(Runnable::run).runOnce();
        assertThat(sender.tipTitles).containsExactly(second.title() + " | " + second.plainText().hashCode());
    }

    @Test
    void aPermanentErrorPausesTheSubscriptionWithTheReason() {
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        sender.outcome = s -> TipSender.Outcome.permanentError("I'm not a member of this channel.");
        clock.set(Instant.parse("2026-11-23T09:31:00Z"));
        scheduler(Runnable::run).runOnce();
        Subscription paused = store.find(Platform.SLACK, "C1").orElseThrow();
        assertThat(paused.active()).isFalse();
        assertThat(paused.pausedReason()).hasValueSatisfying(r -> assertThat(r).contains("not a member"));
        assertThat(meters.counter("tips.failed").count()).isEqualTo(1);
    }

    @Test
    void aTransientErrorIsRetriedAfterTheLease() {
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        sender.outcome = s -> TipSender.Outcome.transientError("HTTP 503", Optional.empty());
        TipScheduler scheduler = scheduler(Runnable::run);
        clock.set(Instant.parse("2026-11-23T09:31:00Z"));
        scheduler.runOnce();
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().lastError()).contains("HTTP 503");
        sender.outcome = s -> TipSender.Outcome.sent();
        clock.advance(Duration.ofSeconds(20));
        scheduler.runOnce();
        assertThat(sender.posted).isEmpty();
        clock.advance(PROPERTIES.claimLease());
        scheduler.runOnce();
        assertThat(sender.posted).containsExactly("C1");
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().lastError()).isEmpty();
    }

    @Test
    void everyTipIsShownOnceBeforeAnyRepeats() {
        subscribe("C1", "09:30", Schedule.Days.DAILY);
        TipScheduler scheduler = scheduler(Runnable::run);
        int tips = ENGINE.tips().tipsFor(ENGINE.model(), "Infrastructure operations engineer").size();
        for (int day = 0; day < tips; day++) {
            clock.set(Instant.parse("2026-11-23T09:31:00Z").plus(Duration.ofDays(day)));
            scheduler.runOnce();
        }
        assertThat(sender.tipTitles).hasSize(tips).doesNotHaveDuplicates();
    }

    @Test
    void theDeliveryLogKeepsNinetyDays() {
        subscribe("C1", "09:30", Schedule.Days.DAILY);
        TipScheduler scheduler = scheduler(Runnable::run);
        clock.set(Instant.parse("2026-11-23T09:31:00Z"));
        scheduler.runOnce();
        long id = store.find(Platform.SLACK, "C1").orElseThrow().id();
        assertThat(store.lastDelivery(id)).isPresent();
        clock.advance(TipScheduler.KEEP_DELIVERIES.plusDays(1));
        TipScheduler later = scheduler(Runnable::run);
        later.runOnce();
        assertThat(store.deliveriesSince(LocalDate.of(2026, 11, 1))).doesNotContainKey(new SubscriptionStore.DeliveryKey(id,
                LocalDate.of(2026, 11, 23)));
    }

    @Test
    void badCommandsSaveNothing() {
        TipCommands commands = new TipCommands(store, ENGINE, PROPERTIES, clock, new java.util.SplittableRandom(1));
        TipCommands.Context context = new TipCommands.Context(Platform.SLACK, "C1", Optional.empty(), "U1", "@steve",
                () -> Optional.of("Europe/London"), Wording.TERMINAL);
        assertThat(commands.handle("tips on 25:99", context).answer().plainText())
                .contains("“25:99” isn't a time of day").contains("tips on 09:30").doesNotContain("/skills");
        assertThat(commands.handle("tips on 09:30 Mars/Olympus", context).answer().plainText())
                .contains("I don't know the time zone “Mars/Olympus”").contains("Europe/London");
        assertThat(commands.handle("tips on 09:30 astronaut", context).answer().plainText())
                .contains("I don't know the role “astronaut”").contains("Say roles for the list")
                .contains("tips on 09:30 infrastructure");
        assertThat(store.find(Platform.SLACK, "C1")).isEmpty();

        TipCommands.Reply on = commands.handle("tips on 08:15 europe/london daily infra ops", context);
        assertThat(on.inConversation()).isTrue();
        assertThat(on.answer().plainText()).contains("@steve turned on daily tips here: 08:15 Europe/London every day")
                .contains("Infrastructure operations engineer");
        assertThat(commands.handle("tips", context).answer().plainText()).contains("Next tip");
        TipCommands.Reply off = commands.handle("tips off", context);
        assertThat(off.inConversation()).isTrue();
        assertThat(off.answer().plainText()).contains("@steve turned off daily tips here");
        assertThat(store.find(Platform.SLACK, "C1").orElseThrow().active()).isFalse();
    }

    /**
     * C1's tip falls due and the scheduler starts sending it; the send is held until the returned
     * latch is released, so the test can act while it is in flight.
     */
    private CountDownLatch sendingAndHeld(TipScheduler scheduler) throws InterruptedException {
        subscribe("C1", "09:30", Schedule.Days.WEEKDAYS);
        clock.set(Instant.parse("2026-11-23T09:30:30Z"));
        CountDownLatch sending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        sender.outcome = s -> {
            sending.countDown();
            await(release);
            return TipSender.Outcome.sent();
        };
        scheduler.runOnce();
        assertThat(sending.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
