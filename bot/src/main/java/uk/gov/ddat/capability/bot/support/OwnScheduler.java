package uk.gov.ddat.capability.bot.support;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * A one-thread scheduler kept by one piece of work (framework reloads, tip polling), so that it
 * never waits behind other scheduled work. Deliberately not a {@link TaskScheduler} bean: the
 * {@code @Scheduled} methods use Spring Boot's one {@code taskScheduler}, which Boot only makes
 * when no other scheduler bean exists.
 */
public final class OwnScheduler implements AutoCloseable {

    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    public OwnScheduler(String threadNamePrefix) {
        scheduler.setThreadNamePrefix(threadNamePrefix);
        scheduler.setPoolSize(1);
        scheduler.setDaemon(true);
        scheduler.initialize();
    }

    public TaskScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.shutdown();
    }
}
