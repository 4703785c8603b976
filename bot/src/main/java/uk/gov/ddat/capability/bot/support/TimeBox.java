package uk.gov.ddat.capability.bot.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs database calls that someone is waiting on (an acknowledgement, a webhook answer, health)
 * with a limit on the wait. A database that hangs rather than fails (a lock, a full disk, a
 * network black hole) would otherwise hold the caller for as long as the connection lives. The
 * calls run on a bounded set of threads; when all are stuck, further calls are refused at once.
 * A call that times out may still finish later: callers must be fine with that (the work is
 * idempotent, or the answer says it could not be confirmed).
 */
public class TimeBox implements AutoCloseable {

    private final ThreadPoolExecutor pool;

    public TimeBox(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, threads, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** The call's result, or empty if it failed, took longer than {@code most}, or no thread was free. */
    public <T> Optional<T> call(Duration most, Callable<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException e) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(future.get(most.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs without waiting for it; dropped if no thread is free. */
    public void submit(Runnable work) {
        try {
            pool.execute(work);
        } catch (RejectedExecutionException e) {
            // every thread is stuck on the database: the call is skipped
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
