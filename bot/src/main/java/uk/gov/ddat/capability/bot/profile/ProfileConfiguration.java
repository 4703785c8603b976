package uk.gov.ddat.capability.bot.profile;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;

/** "My skills": each person's role level and self-assessments, kept in the bot's database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PersonalDataProperties.class)
public class ProfileConfiguration {

    @Bean
    ProfileStore profileStore(JdbcClient jdbc, TransactionTemplate transactions) {
        return new ProfileStore(jdbc, transactions);
    }

    @Bean
    PersonalCommands personalCommands(ProfileStore store, ConversationEngine engine, Clock clock,
                                      PersonalDataProperties properties) {
        return new PersonalCommands(store, engine, new GapChart(), new GapExport(), clock,
                ZoneId.of(properties.timeZone()));
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
