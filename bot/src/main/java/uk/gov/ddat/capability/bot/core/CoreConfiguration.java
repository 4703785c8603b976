package uk.gov.ddat.capability.bot.core;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.ddat.capability.bot.changes.ChangeCommands;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.profile.PersonalCommands;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/** The conversation core every platform adapter hands its messages to. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    @Bean
    ConversationRouter conversationRouter(ConversationEngine engine, TipCommands tipCommands,
                                          PersonalCommands personalCommands, ChangeCommands changeCommands,
                                          TimeBox databaseTimeBox) {
        return new ConversationRouter(engine, tipCommands, personalCommands, changeCommands, databaseTimeBox);
    }
}
