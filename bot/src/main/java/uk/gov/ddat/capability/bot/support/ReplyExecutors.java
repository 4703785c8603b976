package uk.gov.ddat.capability.bot.support;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread pools that send replies after a platform has been acknowledged. A reply is never
 * dropped: if the queue is ever full, the request thread sends it itself; on shutdown, queued
 * replies are still sent.
 */
public final class ReplyExecutors {

    private ReplyExecutors() {
    }

    public static ThreadPoolTaskExecutor create(String threadNamePrefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix(threadNamePrefix);
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(10_000);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }
}
