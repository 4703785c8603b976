package uk.gov.ddat.capability.bot.hiring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;

/** The hiring aids, for the download links that make their files again. */
@Configuration(proxyBeanMethods = false)
public class HiringConfiguration {

    @Bean
    HiringCommands hiringCommands(ConversationEngine engine) {
        return new HiringCommands(engine);
    }
}
