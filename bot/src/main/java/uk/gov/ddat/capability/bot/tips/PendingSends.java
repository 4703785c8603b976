package uk.gov.ddat.capability.bot.tips;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Sends queued on an executor, each at most once at a time per key, so a poll never queues one
 * that an earlier poll queued and has not finished. Used for tips and for change announcements.
 *
 * @param <K> what a send is kept by
 */
public final class PendingSends<K> {

    private final Executor executor;
    private final Set<K> pending = ConcurrentHashMap.newKeySet();

    public PendingSends(Executor executor) {
        this.executor = executor;
    }

    /**
     * Queues the send unless one for the key is queued or running here; false if not queued (also
     * when the executor is shutting down: the work was never claimed, so another instance does it).
     */
    public boolean submit(K key, Runnable send) {
        if (!pending.add(key)) {
            return false;
        }
        try {
            executor.execute(() -> {
                try {
                    send.run();
                } finally {
                    pending.remove(key);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            pending.remove(key);
            return false;
        }
    }
}
