package uk.gov.ddat.capability.bot.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.framework.SkillLevel;

/** "My skills": each person's role level and self-assessments, kept in the bot's database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class ProfileConfiguration {

    @Bean
    ProfileStore profileStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ProfileStore(jdbc, transactions);
    }

    @Bean
    GapChart gapChart() {
        return new GapChart();
    }

    @Bean
    PersonalCommands personalCommands(ProfileStore store, ConversationEngine engine, Clock clock,
                                      PersonalDataProperties properties, GapChart gapChart) {
        return new PersonalCommands(store, engine, gapChart, new GapExport(), clock,
                ZoneId.of(properties.timeZone()));
    }

    @Bean
    ChartWarmUp gapChartWarmUp(GapChart gapChart) {
        return new ChartWarmUp(gapChart);
    }

    /**
     * The first chart a JVM draws loads Java's 2D graphics and fonts, which takes a second or more:
     * done once in the background soon after the bot is ready, so no person's answer waits for it
     * (Teams waits only a few seconds for one). Not at once: on a small machine that second of work
     * would hold up the first health checks, which decide when the bot gets traffic.
     */
    static class ChartWarmUp {

        private static final Logger log = LoggerFactory.getLogger(ChartWarmUp.class);
        private static final Duration AFTER_READY = Duration.ofSeconds(5);
        private final GapChart chart;

        ChartWarmUp(GapChart chart) {
            this.chart = chart;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void start() {
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(AFTER_READY.toMillis());
                    GapReport sample = new GapReport("Role", "Level", Optional.empty(), "https://example.invalid",
                            Optional.of(Instant.EPOCH), Optional.empty(), List.of(new GapReport.Row("Skill",
                            Optional.of(SelfLevel.WORKING), Optional.empty(), Optional.of(SkillLevel.PRACTITIONER),
                            Optional.empty())));
                    chart.render(sample, GapChart.Size.STANDARD);
                    chart.render(sample, GapChart.Size.COMPACT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
                    log.warn("The gap chart cannot be drawn on this machine ({}); answers go without it",
                            e.getClass().getName());
                }
            }, "chart-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    @Bean
    PersonalDataHousekeeping personalDataHousekeeping(ProfileStore store, Clock clock,
                                                      PersonalDataProperties properties) {
        return new PersonalDataHousekeeping(store, clock, properties.retention(), properties.removedWorkspaceGrace());
    }

    @Bean
    HousekeepingSchedule personalDataHousekeepingSchedule(PersonalDataHousekeeping housekeeping) {
        return new HousekeepingSchedule(housekeeping);
    }

    /** Applies the retention period and the grace period for removed workspaces, on every instance. */
    static class HousekeepingSchedule {

        private static final Logger log = LoggerFactory.getLogger(HousekeepingSchedule.class);
        private final PersonalDataHousekeeping housekeeping;

        HousekeepingSchedule(PersonalDataHousekeeping housekeeping) {
            this.housekeeping = housekeeping;
        }

        @Scheduled(fixedDelayString = "${personal-data.housekeeping-interval:6h}", initialDelayString = "5m")
        void run() {
            try {
                housekeeping.run();
            } catch (RuntimeException e) {
                log.warn("Personal data housekeeping failed ({}); it runs again later", e.getClass().getSimpleName());
            }
        }
    }

    @Bean
    DownloadLinks downloadLinks(PersonalDataProperties properties, Clock clock) {
        byte[] key = properties.downloadKey().isEmpty() ? DownloadLinks.randomKey()
                : DownloadLinks.decodeKey(properties.downloadKey());
        return new DownloadLinks(properties.publicUrl(), key, properties.downloadLinkLifetime(), clock);
    }
}
