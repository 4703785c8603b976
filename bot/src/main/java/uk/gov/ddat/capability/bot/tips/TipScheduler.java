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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Tip;

/**
 * Posts each subscription's tip at its local time. Every instance polls; a day's delivery is
 * claimed in the database before it is sent, so instances sharing the database post it once.
 * After downtime, tips missed within the grace window are posted; older ones are skipped. A
 * claim left by an instance that stopped is taken over once its lease runs out.
 */
public class TipScheduler {

    private static final Logger log = LoggerFactory.getLogger(TipScheduler.class);
    /** How long the delivery log is kept, and how often old rows are cleared. */
    static final Duration KEEP_DELIVERIES = Duration.ofDays(90);
    private static final Duration PRUNE_EVERY = Duration.ofHours(6);

    private final SubscriptionStore store;
    private final ConversationEngine engine;
    private final Map<String, TipSender> senders;
    private final Clock clock;
    private final TipsProperties properties;
    private final Executor executor;
    private final String instance = "bot-" + UUID.randomUUID();
    private final Counter sent;
    private final Counter failed;
    private final Counter skipped;
    private volatile boolean stopping;
    private volatile Instant lastPruned = Instant.EPOCH;

    public TipScheduler(SubscriptionStore store, ConversationEngine engine, List<TipSender> senders, Clock clock,
                        TipsProperties properties, Executor executor, MeterRegistry meters) {
        this.store = store;
        this.engine = engine;
        this.senders = senders.stream().collect(Collectors.toMap(TipSender::platform, Function.identity()));
        this.clock = clock;
        this.properties = properties;
        this.executor = executor;
        this.sent = Counter.builder("tips.sent").description("Daily tips posted").register(meters);
        this.failed = Counter.builder("tips.failed").description("Daily tips that could not be posted").register(meters);
        this.skipped = Counter.builder("tips.skipped")
                .description("Daily tips missed for longer than the grace window").register(meters);
    }

    /** Stops claiming and sending; claims not yet sent are left for another instance to take over. */
    public void stop() {
        stopping = true;
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
        Map<String, SubscriptionStore.Delivery> deliveries =
                store.deliveriesSince(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(3));
        int started = 0;
        for (Subscription subscription : store.active()) {
            if (!senders.containsKey(subscription.platform())) {
                continue;
            }
            LocalDate today = subscription.schedule().localDate(now);
            for (LocalDate date : List.of(today.minusDays(1), today)) {
                if (consider(subscription, date, now, deliveries.get(SubscriptionStore.key(subscription.id(), date)))) {
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
        boolean unfinished = delivery.status() == SubscriptionStore.Status.CLAIMED
                || delivery.status() == SubscriptionStore.Status.RETRY;
        if (!unfinished) {
            return false;
        }
        if (late) {
            if (store.expire(subscription.id(), date, "not delivered within the grace window", now) > 0) {
                failed.increment();
            }
            return false;
        }
        boolean stale = delivery.claimedAt().map(c -> c.isBefore(now.minus(properties.claimLease()))).orElse(true);
        return stale && claimAndSend(subscription, date, due, now);
    }

    private boolean claimAndSend(Subscription subscription, LocalDate date, Instant due, Instant now) {
        if (!store.claim(subscription.id(), date, due, instance, now, now.minus(properties.claimLease()))) {
            return false;
        }
        executor.execute(() -> deliver(subscription, date));
        return true;
    }

    private void deliver(Subscription subscription, LocalDate date) {
        if (stopping) {
            return; // the claim's lease runs out and another instance sends it
        }
        try {
            List<Tip> tips = engine.tips().tipsFor(engine.model(), subscription.roleName());
            if (tips.isEmpty()) {
                fail(subscription, date, "The role '" + subscription.roleName() + "' is no longer in the framework "
                        + "data; turn tips on again with another role.");
                return;
            }
            Tip tip = TipRotation.pick(tips, subscription.rotationSeed(), subscription.tipsSent());
            TipSender.Outcome outcome = senders.get(subscription.platform()).send(subscription, tip.answer());
            Instant now = clock.instant();
            switch (outcome.kind()) {
                case SENT -> {
                    store.markSent(subscription.id(), date, tip.id(), now);
                    sent.increment();
                }
                case TRANSIENT -> {
                    // Tried again by whichever instance polls after the claim lease, within the grace window.
                    Instant retryAt = outcome.retryAfter().map(now::plus).orElse(now);
                    store.markRetry(subscription.id(), date, outcome.error(), retryAt);
                    store.recordError(subscription.id(), outcome.error(), now);
                }
                case PERMANENT -> fail(subscription, date, reason(outcome.error()));
            }
        } catch (RuntimeException e) {
            log.error("Tip delivery for subscription {} failed", subscription.id(), e);
            store.markRetry(subscription.id(), date, e.toString(), clock.instant());
        }
    }

    private void fail(Subscription subscription, LocalDate date, String reason) {
        Instant now = clock.instant();
        store.markFailed(subscription.id(), date, reason, now);
        store.pause(subscription.id(), reason, now);
        failed.increment();
        log.warn("Paused tips for {} {}: {}", subscription.platform(), subscription.conversationId(), reason);
    }

    /** What people are told when tips stop by themselves. */
    static String reason(String error) {
        return switch (error) {
            case "not_in_channel" -> "I'm not a member of this channel. Invite me, then turn tips on again.";
            case "channel_not_found" -> "I can't find this channel any more.";
            case "is_archived" -> "This channel is archived.";
            case "account_inactive", "token_revoked", "invalid_auth" -> "The app's access was removed; reinstall it.";
            default -> "Posting failed permanently (" + error + ").";
        };
    }
}
