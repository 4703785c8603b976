package uk.gov.ddat.capability.bot.changes;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.support.OwnScheduler;
import uk.gov.ddat.capability.bot.tips.TipSender;
import uk.gov.ddat.capability.bot.tips.TipsProperties;
import uk.gov.ddat.capability.framework.load.CurrentFramework;

/** What changed in the framework: recording change sets, the commands, and the announcements. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChangesProperties.class)
public class ChangesConfiguration {

    @Bean
    ChangeStore changeStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ChangeStore(jdbc, transactions);
    }

    @Bean
    ChangeRecorder changeRecorder(ChangeStore store, Clock clock) {
        return new ChangeRecorder(store, clock);
    }

    @Bean
    ChangeAnswers changeAnswers(ChangesProperties properties, TipsProperties tips) {
        return new ChangeAnswers(properties.listed(), properties.updatesUrl(), ZoneId.of(tips.defaultZone()));
    }

    @Bean
    ChangeCommands changeCommands(ChangeStore store, ChangeAnswers answers, CurrentFramework framework, Clock clock) {
        return new ChangeCommands(store, answers, framework::model, clock);
    }

    /** Posts with the tips' senders and on the tips' send threads. */
    @Bean
    ChangeAnnouncer changeAnnouncer(ChangeStore store, ChangeAnswers answers, List<TipSender> senders, Clock clock,
                                    ChangesProperties properties,
                                    @Qualifier("tipSendExecutor") ThreadPoolTaskExecutor executor) {
        return new ChangeAnnouncer(store, answers, senders, clock, properties, executor);
    }

    @Bean(destroyMethod = "close")
    OwnScheduler changesPollScheduler() {
        return new OwnScheduler("changes-poll-");
    }

    @Bean
    ChangePolling changePolling(OwnScheduler changesPollScheduler, CurrentFramework framework, ChangeRecorder recorder,
                                ChangeAnnouncer announcer, ChangesProperties properties) {
        return new ChangePolling(changesPollScheduler, framework, recorder, announcer, properties);
    }

    /**
     * Once the application is ready, compares the framework it serves with the recorded one (so a
     * reload is noticed within one interval) and posts what is due; stops claiming when it closes.
     */
    static class ChangePolling {
        private final OwnScheduler poller;
        private final CurrentFramework framework;
        private final ChangeRecorder recorder;
        private final ChangeAnnouncer announcer;
        private final ChangesProperties properties;

        ChangePolling(OwnScheduler poller, CurrentFramework framework, ChangeRecorder recorder,
                      ChangeAnnouncer announcer, ChangesProperties properties) {
            this.poller = poller;
            this.framework = framework;
            this.recorder = recorder;
            this.announcer = announcer;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            if (!properties.pollInterval().isZero()) {
                poller.scheduler().scheduleWithFixedDelay(this::runOnce, properties.pollInterval());
            }
        }

        /** Records, then announces, each on its own: a failure to record must not hold back what is recorded. */
        void runOnce() {
            try {
                recorder.observe(framework.model());
            } catch (RuntimeException e) {
                // The database may be briefly unreachable; the next poll tries again.
                LoggerFactory.getLogger(ChangeRecorder.class).warn("Looking for framework changes failed: {}",
                        e.toString());
            }
            try {
                announcer.runOnce();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(ChangeAnnouncer.class).warn("Announcing framework changes failed: {}",
                        e.toString());
            }
        }

        @EventListener(ContextClosedEvent.class)
        public void stop() {
            announcer.stop();
        }
    }
}
