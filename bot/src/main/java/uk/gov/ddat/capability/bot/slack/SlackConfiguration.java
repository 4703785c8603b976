package uk.gov.ddat.capability.bot.slack;


import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.storage.SeenEvents;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * Bolt for Java inside Spring Boot: one {@link App}, served over HTTP at /slack/events (commands,
 * events and interactivity on one URL) and, when SLACK_APP_TOKEN is set, over Socket Mode.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabledCondition.class)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);

    @Bean
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setStatsEnabled(false);
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        config.setHttpClientCallTimeoutMillis(10_000);
        return Slack.getInstance(config);
    }

    /** One pacer for replies and tips, so both count against a channel's one message a second. */
    @Bean
    ChannelPacer slackChannelPacer() {
        return new ChannelPacer(Duration.ofSeconds(1));
    }

    @Bean
    SlackReplies slackReplies(Slack slack, SlackProperties properties, BlockKitRenderer renderer,
                              ChannelPacer slackChannelPacer) {
        return new SlackReplies(slack, properties.botToken(), renderer, properties.responseUrlPrefix(),
                duration -> Thread.sleep(duration.toMillis()), slackChannelPacer);
    }

    @Bean
    SlackHandlers slackHandlers(ConversationEngine engine, BlockKitRenderer renderer, SlackReplies replies,
                                TipCommands tipCommands, SubscriptionStore subscriptions, TimeBox databaseTimeBox) {
        return new SlackHandlers(engine, renderer, replies, new HomeTab(renderer), tipCommands, subscriptions,
                databaseTimeBox);
    }

    @Bean(destroyMethod = "close")
    SlackWorker slackWorker(SlackHandlers handlers, SeenEvents seenEvents, TimeBox databaseTimeBox,
                            ChannelPacer slackChannelPacer, SlackProperties properties) {
        SlackWorker worker = new SlackWorker(handlers::perform, seenEvents, databaseTimeBox, properties.saveWait(),
                slackChannelPacer, properties.replyThreads(), properties.maxBacklog(), properties.drainTime());
        worker.start(properties.recoveryInterval());
        return worker;
    }

    @Bean
    App slackApp(Slack slack, SlackProperties properties, SlackHandlers handlers, SlackWorker slackWorker) {
        if (SlackProperties.blank(properties.signingSecret()) && !properties.socketMode()) {
            throw new IllegalStateException("SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) "
                    + "nor SLACK_APP_TOKEN (Socket Mode) is: set one of them");
        }
        // Every value is set here, so nothing is read from SLACK_* environment variables behind our back.
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .signingSecret(properties.signingSecret())
                .singleTeamBotToken(properties.botToken())
                .build();
        config.setUnmatchedRequestHandler(request -> SlackHandlers.unmatched());
        App app = new App(config);
        handlers.register(app, slackWorker);
        return app;
    }

    @Bean
    SlackTipSender slackTipSender(SlackReplies replies) {
        return new SlackTipSender(replies);
    }

    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEventsServlet(App slackApp, Clock clock) {
        return new ServletRegistrationBean<>(new SlackEventsServlet(slackApp, clock), "/slack/events");
    }

    @Bean(destroyMethod = "close")
    SocketModeLifecycle socketModeLifecycle(App slackApp, SlackProperties properties) {
        return new SocketModeLifecycle(slackApp, properties);
    }

    /** Starts Socket Mode once the application is ready, and closes it on shutdown. */
    static class SocketModeLifecycle {

        private final App app;
        private final SlackProperties properties;
        private SocketModeApp socketMode;

        SocketModeLifecycle(App app, SlackProperties properties) {
            this.app = app;
            this.properties = properties;
        }

        @EventListener(ApplicationReadyEvent.class)
        public void start() throws Exception {
            if (!properties.socketMode()) {
                return;
            }
            socketMode = new SocketModeApp(properties.appToken(), app, SocketModeClient.Backend.JavaWebSocket);
            socketMode.startAsync();
            log.info("Slack Socket Mode started");
        }

        public void close() throws Exception {
            if (socketMode != null) {
                socketMode.close();
            }
        }

    }
}
