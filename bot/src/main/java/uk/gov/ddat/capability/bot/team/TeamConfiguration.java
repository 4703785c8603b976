package uk.gov.ddat.capability.bot.team;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.profile.PersonalDataProperties;

/** Sharing one's skills with a line manager, and the manager's team view. */
@Configuration(proxyBeanMethods = false)
public class TeamConfiguration {

    @Bean
    ShareStore shareStore(JdbcClient jdbc) {
        return new ShareStore(jdbc);
    }

    @Bean
    SharingCommands sharingCommands(ShareStore shares, ConversationEngine engine, Clock clock,
                                    PersonalDataProperties properties) {
        return new SharingCommands(shares, engine, new TeamHeatmap(), new TeamExport(), clock,
                ZoneId.of(properties.timeZone()));
    }
}
