package uk.gov.ddat.capability.bot.slack;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.storage.SeenEvents;
import uk.gov.ddat.capability.bot.support.TimeBox;

/**
 * Does the work of acknowledged Slack requests. The request thread only saves the work with the
 * event's claim ({@link SeenEvents#accept}) and schedules it; a reply into a channel is scheduled
 * for that channel's next free slot, so a flooded channel delays only itself and no thread ever
 * sleeps to pace. Every few seconds this instance renews the claims on the work it holds and takes
 * over work that a stopped or crashed instance left unanswered. On a graceful stop it finishes
 * what it can within the drain time; whatever is left is still in the database for the next start.
 */
public class SlackWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackWorker.class);
    private static final int INTERACTIVE_THREADS = 2;

    private final Consumer<SlackWork> perform;
    private final SeenEvents events;
    private final TimeBox database;
    private final Duration saveWait;
    private final ChannelPacer pacer;
    private final int maxBacklog;
    private final Duration drain;
    private final ScheduledThreadPoolExecutor pool;
    /**
     * Work that opens a modal must reach Slack within 3 seconds of the click or command (its
     * trigger id expires): it has threads of its own, so it never waits behind replies that a
     * slow or rate-limited Slack is holding up.
     */
    private final ThreadPoolExecutor interactive;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final JsonMapper json = JsonMapper.builder().build();
    private volatile boolean stopping;

    public SlackWorker(Consumer<SlackWork> perform, SeenEvents events, TimeBox database, Duration saveWait,
                       ChannelPacer pacer, int threads, int maxBacklog, Duration drain) {
        this.perform = perform;
        this.events = events;
        this.database = database;
        this.saveWait = saveWait;
        this.pacer = pacer;
        this.maxBacklog = maxBacklog;
        this.drain = drain;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ScheduledThreadPoolExecutor(threads, runnable -> {
            Thread thread = new Thread(runnable, "slack-reply-" + count.incrementAndGet());
            thread.setDaemon(true); // a failed start must not be kept alive by it; close() drains on a stop
            return thread;
        });
        this.pool.setRemoveOnCancelPolicy(true);
        AtomicInteger interactiveCount = new AtomicInteger();
        this.interactive = new ThreadPoolExecutor(INTERACTIVE_THREADS, INTERACTIVE_THREADS, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "slack-interactive-" + interactiveCount.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Renews claims and takes over abandoned work every {@code interval}. */
    public void start(Duration interval) {
        pool.scheduleWithFixedDelay(this::maintain, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * On a request thread, before the acknowledgement: saves the work with the event's claim and
     * schedules it. A duplicate delivery does nothing; if the database is unreachable the work is
     * still done (from memory only). The ack waits for the database at most {@code saveWait},
     * even if the database hangs rather than fails.
     */
    public void accept(String id, SlackWork work) {
        String saved = json.writeValueAsString(work);
        SeenEvents.Acceptance acceptance = database.call(saveWait, () -> events.accept(id, saved))
                .orElse(SeenEvents.Acceptance.NOT_SAVED);
        if (acceptance == SeenEvents.Acceptance.NOT_SAVED) {
            log.warn("Slack work {} not saved in time; handling it in memory only", id);
        }
        if (acceptance != SeenEvents.Acceptance.DUPLICATE) {
            schedule(id, work);
        }
    }

    /** How many pieces of work this instance holds (queued or running). */
    public int backlog() {
        return held.size();
    }

    private void schedule(String id, SlackWork work) {
        if (!held.add(id)) {
            return;
        }
        if (stopping || held.size() > maxBacklog) {
            held.remove(id);
            log.warn("Slack work {} left for later: {}", id, stopping ? "stopping" : "the backlog is full");
            return;
        }
        try {
            if (work.opensModal()) {
                interactive.execute(() -> run(id, work));
            } else {
                long delay = work.paced() ? pacer.reserve(work.channel()) : 0;
                pool.schedule(() -> run(id, work), delay, TimeUnit.NANOSECONDS);
            }
        } catch (RejectedExecutionException e) {
            held.remove(id); // stopping: it stays in the database for the next start
        }
    }

    private void run(String id, SlackWork work) {
        try {
            perform.accept(work);
        } catch (RuntimeException e) {
            log.error("Slack work {} failed ({})", id, e.getClass().getName());
        }
        try {
            if (!Thread.currentThread().isInterrupted()) {
                database.submit(() -> events.answered(id)); // cut short by a stop: left unanswered, done again
            }
        } finally {
            held.remove(id);
        }
    }

    void maintain() {
        if (!stopping) {
            database.call(saveWait.multipliedBy(4), () -> {
                takeOver();
                return true;
            });
        }
    }

    private void takeOver() {
        try {
            if (!held.isEmpty()) {
                events.renew(held);
            }
            for (SeenEvents.Abandoned abandoned : events.abandoned(100)) {
                if (held.contains(abandoned.id()) || !events.reclaim(abandoned)) {
                    continue;
                }
                try {
                    SlackWork work = json.readValue(abandoned.work(), SlackWork.class);
                    log.info("Taking over unanswered Slack work {}", abandoned.id());
                    schedule(abandoned.id(), work);
                } catch (JacksonException e) {
                    log.warn("Dropping unreadable Slack work {}", abandoned.id());
                    events.answered(abandoned.id());
                }
            }
        } catch (DataAccessException e) {
            log.warn("Could not look for unanswered Slack work: {}", e.getClass().getSimpleName());
        }
    }

    /** Graceful stop: no new work; what is queued is done within the drain time; the rest stays saved. */
    @Override
    public void close() throws InterruptedException {
        stopping = true;
        pool.shutdown();
        interactive.shutdown();
        long deadline = System.nanoTime() + drain.toNanos();
        boolean drained = pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)
                && interactive.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!drained) {
            int left = pool.shutdownNow().size() + interactive.shutdownNow().size();
            log.info("Stopped with {} Slack replies still to send; they are saved and sent after the next start",
                    left);
            pool.awaitTermination(5, TimeUnit.SECONDS);
            interactive.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
