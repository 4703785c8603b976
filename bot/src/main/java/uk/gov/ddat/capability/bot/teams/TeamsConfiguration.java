package uk.gov.ddat.capability.bot.teams;

import java.time.Clock;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import com.microsoft.aad.msal4j.IHttpClient;

import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.profile.DownloadLinks;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.support.ReplyExecutors;
import uk.gov.ddat.capability.bot.support.Sleeper;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/** Microsoft Teams: the Bot Connector endpoint and the outgoing webhook, each on when configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TeamsProperties.class)
public class TeamsConfiguration {

    @Bean
    TeamsMessages teamsMessages(ConversationRouter router, AdaptiveCardRenderer renderer, DownloadLinks downloads) {
        return new TeamsMessages(router, renderer, Optional.of(downloads));
    }

    /** The Bot Connector's parts: TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID or TEAMS_MULTI_TENANT set. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(TeamsConditions.BotEnabled.class)
    static class Bot {

        @Bean
        IHttpClient msalHttpClient() {
            return new MsalHttpClient();
        }

        @Bean(destroyMethod = "close")
        BotFrameworkKeys botFrameworkKeys(TeamsProperties properties, Clock clock) {
            BotFrameworkKeys keys = new BotFrameworkKeys(properties, clock);
            keys.start();
            return keys;
        }

        @Bean
        BotFrameworkTokenValidator botFrameworkTokenValidator(TeamsProperties properties, BotFrameworkKeys keys) {
            return new BotFrameworkTokenValidator(properties, keys);
        }

        @Bean
        TenantPolicy tenantPolicy(TeamsProperties properties) {
            return TenantPolicy.of(properties);
        }

        @Bean
        ConnectorClient connectorClient(TeamsProperties properties, IHttpClient msalHttpClient) {
            return new ConnectorClient(properties, msalHttpClient, Sleeper.REAL);
        }

        @Bean
        TeamsConversationStore teamsConversationStore(JdbcClient jdbc) {
            return new TeamsConversationStore(jdbc);
        }

        @Bean
        TeamsInstallations teamsInstallations(TeamsConversationStore conversations, SubscriptionStore subscriptions,
                                              ProfileStore profiles) {
            return new TeamsInstallations(conversations, subscriptions, profiles);
        }

        @Bean
        TeamsTipSender teamsTipSender(ConnectorClient connector, TeamsConversationStore conversations,
                                      AdaptiveCardRenderer renderer) {
            return new TeamsTipSender(connector, conversations, renderer);
        }

        @Bean(destroyMethod = "shutdown")
        ThreadPoolTaskExecutor teamsReplyExecutor(TeamsProperties properties) {
            return ReplyExecutors.create("teams-reply-", properties.replyThreads());
        }
    }
}
