package uk.gov.ddat.capability.bot.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs database calls that someone is waiting on (an acknowledgement, a webhook answer, health)
 * with a limit on the wait. A database that hangs rather than fails (a lock, a full disk, a
 * network black hole) would otherwise hold the caller for as long as the connection lives. At
 * most {@code calls} run at once; when all of them are stuck, further calls are refused within
 * {@link #FREE_SLOT_WAIT}. A call that times out may still finish later: callers must be fine with
 * that (the work is idempotent, or the answer says it could not be confirmed).
 */
public class TimeBox implements AutoCloseable {

    /**
     * How long a call waits for one of the {@code calls} to end: a moment, so that when every slot
     * is stuck on the database further calls are refused almost at once.
     */
    static final Duration FREE_SLOT_WAIT = Duration.ofMillis(100);

    private final Semaphore slots;
    private final ThreadPoolExecutor pool;

    public TimeBox(String name, int calls) {
        this.slots = new Semaphore(calls);
        AtomicInteger count = new AtomicInteger();
        // The slots bound the work (running or about to run) to {@code calls}, so the queue never
        // holds more than that: a call whose thread is still finishing the one before waits there
        // for a moment instead of being refused.
        this.pool = new ThreadPoolExecutor(calls, calls, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** The call's result, or empty if it failed, took longer than {@code most}, or no slot came free. */
    public <T> Optional<T> call(Duration most, Callable<T> work) {
        long deadline = System.nanoTime() + most.toNanos();
        Future<T> future;
        try {
            if (!slots.tryAcquire(Math.min(FREE_SLOT_WAIT.toNanos(), most.toNanos()), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
            future = start(() -> {
                try {
                    return work.call();
                } finally {
                    slots.release();
                }
            });
            if (future == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs without waiting for it; dropped if no slot is free. */
    public void submit(Runnable work) {
        if (!slots.tryAcquire()) {
            return; // every slot is stuck on the database: the call is skipped
        }
        start(() -> {
            try {
                work.run();
            } finally {
                slots.release();
            }
            return null;
        });
    }

    /** Starts work that holds a slot; if it cannot start (stopping), the slot is given back. */
    private <T> Future<T> start(Callable<T> work) {
        try {
            return pool.submit(work);
        } catch (RejectedExecutionException e) {
            slots.release();
            return null;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
