package uk.gov.ddat.capability.bot.conversation;

import java.util.random.RandomGenerator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.ddat.capability.framework.load.CurrentFramework;

/** The conversation engine and the plain-text renderer. */
@Configuration(proxyBeanMethods = false)
public class ConversationConfiguration {

    @Bean
    TipCatalogue tipCatalogue() {
        return new TipCatalogue(RandomGenerator.getDefault());
    }

    @Bean
    ConversationEngine conversationEngine(CurrentFramework framework, TipCatalogue tips,
                                          @Value("${conversation.cache-size:10000}") long cacheSize,
                                          ObjectProvider<QuestionLog> questionLog) {
        return new ConversationEngine(framework, tips, cacheSize, questionLog.getIfAvailable(() -> QuestionLog.NONE));
    }

    @Bean
    AnswerRenderer plainTextRenderer() {
        return new AnswerRenderer() {
            @Override
            public String format() {
                return "text";
            }

            @Override
            public String render(Answer answer) {
                return PlainTextRenderer.render(answer);
            }
        };
    }
}
