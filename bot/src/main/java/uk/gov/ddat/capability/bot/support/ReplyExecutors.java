package uk.gov.ddat.capability.bot.support;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The thread pools that send replies after a platform has been acknowledged (Teams). The queue is
 * bounded and a request thread never does the sending itself: when the queue is full the task is
 * refused ({@link java.util.concurrent.RejectedExecutionException}) and the caller asks the
 * platform to retry. On shutdown, queued replies are still sent for up to ten seconds.
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
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.AbortPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
        return executor;
    }
}
