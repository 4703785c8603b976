package uk.gov.ddat.capability.bot.tips;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Tip;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore.DeliveryKey;

/**
 * Posts each subscription's tip at its local time. Every instance polls; a day's delivery is
 * claimed in the database by the thread that sends it, just before it sends, so instances sharing
 * the database post it once. After downtime, tips missed within the grace window are posted;
 * older ones are skipped.
 *
 * <p>The claim is the fence: a claimed row is {@code SENDING} and belongs to one claim token until
 * its owner records the outcome, and no other instance ever takes a {@code SENDING} row over. So a
 * slow or paused owner cannot be overtaken, and a queue that is still waiting holds no claims. The
 * price is at-most-once across a crash: an instance killed while sending leaves its row
 * {@code SENDING}, and that day's tip is given up (not repeated) when the grace window ends,
 * since a channel would rather miss one tip than see it twice. A graceful stop waits for the
 * sends in flight and records them.
 */
public class TipScheduler {

    private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);
    /** How long the delivery log is kept, and how often old rows are cleared. */
    static final Duration KEEP_DELIVERIES = Duration.ofDays(90);
    private static final Duration PRUNE_EVERY = Duration.ofHours(6);

    private final SubscriptionStore store;
    private final ConversationEngine engine;
    private final Map<Platform, TipSender> senders;
    private final Clock clock;
    private final TipsProperties properties;
    private final String instance = "bot-" + UUID.randomUUID();
    private final Counter sent;
    private final Counter failed;
    private final Counter skipped;
    /** Deliveries queued or sending here (subscription/date), so a poll never queues one twice. */
    private final PendingSends<DeliveryKey> pending;
    /** Sends in flight, which a graceful stop waits for. */
    private final AtomicInteger sending = new AtomicInteger();
    private final Object sendingDone = new Object();
    private volatile boolean stopping;
    private volatile Instant lastPruned = Instant.EPOCH;

    public TipScheduler(SubscriptionStore store, ConversationEngine engine, List<TipSender> senders, Clock clock,
                        TipsProperties properties, Executor executor, MeterRegistry meters) {
        this.store = store;
        this.engine = engine;
        this.senders = senders.stream().collect(Collectors.toMap(TipSender::platform, Function.identity()));
        this.clock = clock;
        this.properties = properties;
        this.pending = new PendingSends<>(executor);
        this.sent = Counter.builder("tips.sent").description("Daily tips posted").register(meters);
        this.failed = Counter.builder("tips.failed").description("Daily tips that could not be posted").register(meters);
        this.skipped = Counter.builder("tips.skipped")
                .description("Daily tips missed for longer than the grace window").register(meters);
    }

    /** Stops claiming and sending; what is queued here was never claimed, so another instance posts it. */
    public void stop() {
        stopping = true;
    }

    /**
     * Stops, then waits (at most {@code timeout}) for the sends already in flight to finish and be
     * recorded. Call it while the database is still open.
     *
     * @return true if nothing is still sending
     */
    public boolean stopAndAwait(Duration timeout) {
        stop();
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sendingDone) {
            while (sending.get() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    log.warn("Stopped with {} tips still sending; they will not be posted again", sending.get());
                    return false;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(sendingDone, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** One look for due tips; returns how many deliveries it started. */
    public int runOnce() {
        if (stopping) {
            return 0;
        }
        Instant now = clock.instant();
        if (Duration.between(lastPruned, now).compareTo(PRUNE_EVERY) > 0) {
            lastPruned = now;
            store.pruneDeliveries(LocalDate.ofInstant(now.minus(KEEP_DELIVERIES), ZoneOffset.UTC));
        }
        Map<DeliveryKey, SubscriptionStore.Delivery> deliveries =
                store.deliveriesSince(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3));
        int started = 0;
        for (Subscription subscription : store.active()) {
            if (!senders.containsKey(subscription.platform())) {
                continue;
            }
            LocalDate today = subscription.schedule().localDate(now);
            for (LocalDate date : List.of(today.minusDays(1), today)) {
                if (consider(subscription, date, now, deliveries.get(new DeliveryKey(subscription.id(), date)))) {
                    started++;
                }
            }
        }
        return started;
    }

    private boolean consider(Subscription subscription, LocalDate date, Instant now,
                             SubscriptionStore.Delivery delivery) {
        Optional<Instant> maybeDue = subscription.schedule().dueOn(date);
        if (maybeDue.isEmpty() || maybeDue.get().isAfter(now) || maybeDue.get().isBefore(subscription.changedAt())) {
            return false;
        }
        Instant due = maybeDue.get();
        boolean late = Duration.between(due, now).compareTo(properties.grace()) > 0;
        if (delivery == null) {
            if (late) {
                if (store.markSkipped(subscription.id(), date, due, now)) {
                    skipped.increment();
                }
                return false;
            }
            return claimAndSend(subscription, date, due, now);
        }
        if (late && delivery.status().unfinished()) {
            String why = delivery.status() == SubscriptionStore.Status.SENDING
                    ? "interrupted while sending (the instance stopped); not sent again in case it was posted"
                    : "not delivered within the grace window";
            if (store.expire(subscription.id(), date, why, now) > 0) {
                failed.increment();
            }
            return false;
        }
        // A row put back for a retry (or claimed by an older version) is taken over after the lease;
        // a SENDING row never is: its owner alone records what happened.
        boolean retryable = delivery.status() == SubscriptionStore.Status.RETRY
                || delivery.status() == SubscriptionStore.Status.CLAIMED;
        boolean stale = delivery.claimedAt().map(c -> c.isBefore(now.minus(properties.claimLease()))).orElse(true);
        return retryable && stale && claimAndSend(subscription, date, due, now);
    }

    /** Queues the delivery; the sending thread claims it when it starts, so a queue holds no claims. */
    private boolean claimAndSend(Subscription subscription, LocalDate date, Instant due, Instant now) {
        return pending.submit(new DeliveryKey(subscription.id(), date),
                () -> claimAndDeliver(subscription, date, due));
    }

    private void claimAndDeliver(Subscription subscription, LocalDate date, Instant due) {
        sending.incrementAndGet();
        try {
            if (stopping) {
                return;
            }
            Instant now = clock.instant();
            String claim = instance + "/" + UUID.randomUUID();
            if (store.claim(subscription.id(), date, due, claim, now, now.minus(properties.claimLease()))) {
                deliver(subscription, date, claim);
            }
        } finally {
            if (sending.decrementAndGet() == 0) {
                synchronized (sendingDone) {
                    sendingDone.notifyAll();
                }
            }
        }
    }

    private void deliver(Subscription subscription, LocalDate date, String claim) {
        try {
            List<Tip> tips = engine.tips().tipsFor(engine.model(), subscription.roleName());
            if (tips.isEmpty()) {
                fail(subscription, date, claim, "The role '" + subscription.roleName() + "' is no longer in the "
                        + "framework data; turn tips on again with another role.");
                return;
            }
            Tip tip = TipRotation.pick(tips, subscription.rotationSeed(), subscription.tipsSent());
            TipSender.Outcome outcome = senders.get(subscription.platform()).send(subscription, tip.answer());
            Instant now = clock.instant();
            switch (outcome.kind()) {
                case SENT -> {
                    store.markSent(subscription.id(), date, claim, tip.id(), now);
                    sent.increment();
                }
                case TRANSIENT -> {
                    // Tried again by whichever instance polls after the claim lease, within the grace window.
                    Instant retryAt = outcome.retryAfter().map(now::plus).orElse(now);
                    store.markRetry(subscription.id(), date, claim, outcome.error(), retryAt);
                    store.recordError(subscription.id(), outcome.error(), now);
                }
                case PERMANENT -> fail(subscription, date, claim, outcome.error());
            }
        } catch (RuntimeException e) {
            log.error("Tip delivery for subscription {} failed", subscription.id(), e);
            store.markRetry(subscription.id(), date, claim, e.toString(), clock.instant());
        }
    }

    private void fail(Subscription subscription, LocalDate date, String claim, String reason) {
        Instant now = clock.instant();
        store.markFailed(subscription.id(), date, claim, reason, now);
        store.pause(subscription.id(), reason, now);
        failed.increment();
        log.warn("Paused tips for {} {}: {}", subscription.platform(), subscription.conversationId(), reason);
    }
}
