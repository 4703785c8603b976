package uk.gov.ddat.capability.bot.slack;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps messages to any one channel at least an interval apart (Slack's limit is about one a
 * second per channel). {@link #reserve} books the channel's next slot and says how long until it,
 * without waiting, so a reply can be scheduled for then; channels never wait for each other.
 */
final class ChannelPacer {

    private static final int MAX_CHANNELS = 100_000;

    private final long intervalNanos;
    private final ConcurrentMap<String, Long> nextFree = new ConcurrentHashMap<>();

    ChannelPacer(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    /** Books the channel's next slot; the nanoseconds from now until it (0 if it is free now). */
    long reserve(String channel) {
        long now = System.nanoTime();
        if (nextFree.size() > MAX_CHANNELS) {
            nextFree.values().removeIf(t -> t < now);
        }
        long slot = nextFree.merge(channel, now + intervalNanos,
                (free, ignored) -> Math.max(free, now) + intervalNanos) - intervalNanos;
        return Math.max(0, slot - now);
    }

    /** Books a slot and sleeps until it: only for threads of their own (tips), never a request thread. */
    void await(String channel) throws InterruptedException {
        long wait = reserve(channel);
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }
}
