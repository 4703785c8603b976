package uk.gov.ddat.capability.bot.changes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.tips.PendingSends;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Posts each recorded change set once to each conversation that opted in before it was recorded,
 * through the tips' senders and with the tips' fence: an announcement is claimed in the database by
 * the thread that posts it, just before it posts, and a claimed ({@code SENDING}) row belongs to
 * that claim alone. A transient failure puts the row back for whichever instance looks after the
 * claim lease; a permanent one stops the conversation's announcements, saying why. Change sets
 * older than the announcement window are not announced (a conversation would rather miss one than
 * hear of it weeks late).
 */
public class ChangeAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ChangeAnnouncer.class);

    private final ChangeStore store;
    private final ChangeAnswers answers;
    private final Map<Platform, TipSender> senders;
    private final Clock clock;
    private final ChangesProperties properties;
    private final String instance = "bot-" + UUID.randomUUID();
    /** Announcements queued or sending here, so a poll never queues one twice. */
    private final PendingSends<ChangeStore.AnnouncementKey> pending;
    private volatile boolean stopping;

    public ChangeAnnouncer(ChangeStore store, ChangeAnswers answers, List<TipSender> senders, Clock clock,
                           ChangesProperties properties, Executor executor) {
        this.store = store;
        this.answers = answers;
        this.senders = senders.stream().collect(Collectors.toMap(TipSender::platform, Function.identity()));
        this.clock = clock;
        this.properties = properties;
        this.pending = new PendingSends<>(executor);
    }

    /** Stops claiming; what is queued here was never claimed, so another instance posts it. */
    public void stop() {
        stopping = true;
    }

    /** One look for announcements to post; returns how many it started. */
    public int runOnce() {
        if (stopping) {
            return 0;
        }
        Instant now = clock.instant();
        List<RecordedChangeSet> sets = store.since(now.minus(properties.announceWithin()));
        if (sets.isEmpty()) {
            return 0;
        }
        Map<ChangeStore.AnnouncementKey, ChangeStore.Announcement> announced = store.announcements(sets.get(0).id());
        int started = 0;
        for (ChangeStore.Listener listener : store.listeners()) {
            if (!senders.containsKey(listener.subscription().platform())) {
                continue;
            }
            for (RecordedChangeSet set : sets) {
                ChangeStore.AnnouncementKey key = new ChangeStore.AnnouncementKey(set.id(), listener.subscription().id());
                if (set.id() > listener.changesAfter() && due(announced.get(key), now)
                        && queue(key, listener.subscription(), set)) {
                    started++;
                }
            }
        }
        return started;
    }

    private boolean due(ChangeStore.Announcement announcement, Instant now) {
        return announcement == null || announcement.status() == ChangeStore.Status.RETRY
                && announcement.claimedAt().map(at -> at.isBefore(now.minus(properties.claimLease()))).orElse(true);
    }

    private boolean queue(ChangeStore.AnnouncementKey key, Subscription subscription, RecordedChangeSet set) {
        return pending.submit(key, () -> claimAndPost(key, subscription, set));
    }

    private void claimAndPost(ChangeStore.AnnouncementKey key, Subscription subscription, RecordedChangeSet set) {
        if (stopping) {
            return;
        }
        Instant now = clock.instant();
        String claim = instance + "/" + UUID.randomUUID();
        if (!store.claim(key, claim, now, now.minus(properties.claimLease()))) {
            return;
        }
        try {
            TipSender.Outcome outcome = senders.get(subscription.platform()).send(subscription,
                    answers.announcement(set));
            Instant done = clock.instant();
            switch (outcome.kind()) {
                case SENT -> store.finish(key, claim, ChangeStore.Status.SENT, null, done);
                case TRANSIENT -> store.finish(key, claim, ChangeStore.Status.RETRY, outcome.error(), done);
                case PERMANENT -> {
                    store.finish(key, claim, ChangeStore.Status.FAILED, outcome.error(), done);
                    store.pause(subscription.id(), outcome.error(), done);
                    log.warn("Stopped change announcements for {} {}: {}", subscription.platform(),
                            subscription.conversationId(), outcome.error());
                }
            }
        } catch (RuntimeException e) {
            log.error("Announcing change set {} to subscription {} failed", set.id(), subscription.id(), e);
            store.finish(key, claim, ChangeStore.Status.RETRY, e.toString(), clock.instant());
        }
    }
}
