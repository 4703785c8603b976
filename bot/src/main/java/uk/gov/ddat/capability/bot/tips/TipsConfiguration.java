package uk.gov.ddat.capability.bot.tips;

import java.time.Clock;
import java.util.List;
import java.util.random.RandomGenerator;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.support.OwnScheduler;

/** Daily tips: the subscription store, the commands, and the scheduler that posts them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TipsProperties.class)
public class TipsConfiguration {

    @Bean
    SubscriptionStore subscriptionStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new SubscriptionStore(jdbc, transactions);
    }

    @Bean
    TipCommands tipCommands(SubscriptionStore store, ConversationEngine engine, TipsProperties properties, Clock clock) {
        return new TipCommands(store, engine, properties, clock, RandomGenerator.getDefault());
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolTaskExecutor tipSendExecutor(TipsProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("tip-send-");
        executor.setCorePoolSize(properties.sendThreads());
        executor.setMaxPoolSize(properties.sendThreads());
        executor.setQueueCapacity(Integer.MAX_VALUE);
        // Deliveries already sending finish; queued ones return at once (the scheduler is stopped):
        // they were never claimed, so another instance posts them.
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
        return executor;
    }

    @Bean
    TipScheduler tipScheduler(SubscriptionStore store, ConversationEngine engine, List<TipSender> senders, Clock clock,
                              TipsProperties properties, ThreadPoolTaskExecutor tipSendExecutor, MeterRegistry meters) {
        return new TipScheduler(store, engine, senders, clock, properties, tipSendExecutor, meters);
    }

    /**
     * Polls on a thread of its own, so the tips never wait behind other scheduled work. Polling
     * starts once the application is ready: a poll running while the context is still starting
     * could hold up (or keep alive) a start that fails.
     */
    @Bean(destroyMethod = "close")
    OwnScheduler tipPollScheduler() {
        return new OwnScheduler("tip-poll-");
    }

    @Bean
    TipPolling tipPolling(OwnScheduler tipPollScheduler, TipScheduler scheduler, TipsProperties properties) {
        return new TipPolling(tipPollScheduler.scheduler(), scheduler, properties);
    }

    /** Starts polling for due tips when the application is ready. */
    static class TipPolling {
        private final TaskScheduler poller;
        private final TipScheduler scheduler;
        private final TipsProperties properties;

        TipPolling(TaskScheduler poller, TipScheduler scheduler, TipsProperties properties) {
            this.poller = poller;
            this.scheduler = scheduler;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            if (!properties.pollInterval().isZero()) {
                schedule(poller, scheduler, properties);
            }
        }
    }

    private static void schedule(TaskScheduler poller, TipScheduler scheduler, TipsProperties properties) {
        poller.scheduleWithFixedDelay(() -> {
            try {
                scheduler.runOnce();
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the next poll tries again.
                org.slf4j.LoggerFactory.getLogger(TipScheduler.class).warn("Looking for due tips failed: {}", e.toString());
            }
        }, properties.pollInterval());
    }

    @Bean
    TipShutdown tipShutdown(TipScheduler scheduler) {
        return new TipShutdown(scheduler);
    }

    /**
     * On shutdown, stop claiming and wait for the sends in flight to be recorded, while the
     * database is still open (the context-closed event comes before any bean is destroyed).
     */
    static class TipShutdown {
        private static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofSeconds(30);
        private final TipScheduler scheduler;

        TipShutdown(TipScheduler scheduler) {
            this.scheduler = scheduler;
        }

        @EventListener(ContextClosedEvent.class)
        public void stop() {
            scheduler.stopAndAwait(LONGEST_WAIT);
        }
    }
}
