package uk.gov.ddat.capability.bot.slack;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import com.slack.api.bolt.service.OAuthStateService;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.token_rotation.TokenRotator;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.storage.SeenEvents;
import uk.gov.ddat.capability.bot.support.Sleeper;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * Bolt for Java inside Spring Boot: one {@link App}, served over HTTP at /slack/events (commands,
 * events and interactivity on one URL) and, when SLACK_APP_TOKEN is set, over Socket Mode. With
 * SLACK_CLIENT_ID it serves every workspace that installs it through /slack/install.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackEnabledCondition.class)
@EnableConfigurationProperties(SlackProperties.class)
public class SlackConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SlackConfiguration.class);
    static final String INSTALL_PATH = "/slack/install";
    static final String REDIRECT_PATH = "/slack/oauth_redirect";

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

    /** One workspace (SLACK_BOT_TOKEN), or every workspace that installed the app (SLACK_CLIENT_ID). */
    @Bean
    SlackWorkspaces slackWorkspaces(SlackProperties properties, Slack slack,
                                    ObjectProvider<JdbcInstallationService> installations) {
        if (!properties.manyWorkspaces()) {
            return SlackWorkspaces.single(properties.botToken());
        }
        return SlackWorkspaces.installed(installations.getObject(), new TokenRotator(slack.methods(),
                TokenRotator.DEFAULT_MILLISECONDS_BEFORE_EXPIRATION, properties.clientId(), properties.clientSecret()));
    }

    @Bean
    SlackReplies slackReplies(Slack slack, SlackProperties properties, BlockKitRenderer renderer,
                              ChannelPacer slackChannelPacer) {
        return new SlackReplies(slack, properties.botToken(), renderer, properties.responseUrlPrefix(),
                Sleeper.REAL, slackChannelPacer);
    }

    @Bean
    SlackHandlers slackHandlers(ConversationEngine engine, BlockKitRenderer renderer, SlackReplies replies,
                                ConversationRouter router, SubscriptionStore subscriptions, TimeBox databaseTimeBox,
                                SlackWorkspaces workspaces, ProfileStore profiles) {
        return new SlackHandlers(engine, renderer, replies, new HomeTab(renderer), router, subscriptions,
                databaseTimeBox, workspaces, profiles);
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
    App slackApp(Slack slack, SlackProperties properties, SlackHandlers handlers, SlackWorker slackWorker,
                 ObjectProvider<JdbcInstallationService> installations, ObjectProvider<OAuthStateService> states) {
        if (SlackProperties.blank(properties.signingSecret()) && !properties.socketMode()) {
            throw new IllegalStateException("SLACK_BOT_TOKEN is set but neither SLACK_SIGNING_SECRET (HTTP mode) "
                    + "nor SLACK_APP_TOKEN (Socket Mode) is: set one of them");
        }
        // Every value is set here, so nothing is read from SLACK_* environment variables behind our back.
        AppConfig config = properties.manyWorkspaces() ? manyWorkspaces(properties, slack) : AppConfig.builder()
                .slack(slack)
                .signingSecret(properties.signingSecret())
                .singleTeamBotToken(properties.botToken())
                .clientId(null).clientSecret(null)
                .build();
        config.setUnmatchedRequestHandler(request -> SlackHandlers.unmatched());
        App app = new App(config);
        if (properties.manyWorkspaces()) {
            app.asOAuthApp(true).service(installations.getObject()).service(states.getObject());
        }
        handlers.register(app, slackWorker);
        return app;
    }

    /** "Add to Slack": the install page, Slack's redirect back with the state checked, tokens per workspace. */
    private static AppConfig manyWorkspaces(SlackProperties properties, Slack slack) {
        if (!SlackProperties.blank(properties.botToken())) {
            throw new IllegalStateException("Both SLACK_BOT_TOKEN (one workspace) and SLACK_CLIENT_ID (\"Add to Slack\" "
                    + "for many workspaces) are set: set one of them");
        }
        for (String[] required : new String[][] {{"SLACK_CLIENT_SECRET", properties.clientSecret()},
                {"SLACK_SCOPES", properties.scopes()}, {"SLACK_TOKEN_ENCRYPTION_KEY", properties.tokenEncryptionKey()}}) {
            if (SlackProperties.blank(required[1])) {
                throw new IllegalStateException("SLACK_CLIENT_ID is set but " + required[0] + " is not: set it too");
            }
        }
        return AppConfig.builder()
                .slack(slack)
                .signingSecret(properties.signingSecret())
                .singleTeamBotToken(null)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes().replace(" ", ""))
                .userScope(null)
                .redirectUri(SlackProperties.blank(properties.redirectUri()) ? null : properties.redirectUri())
                .oauthInstallPath(INSTALL_PATH)
                .oauthRedirectUriPath(REDIRECT_PATH)
                .oauthCompletionUrl(null)
                .oauthCancellationUrl(null)
                .stateValidationEnabled(true)
                // One auth.test per token and ten minutes, not one per request.
                .authTestCacheEnabled(true)
                .build();
    }

    @Bean
    SlackTipSender slackTipSender(SlackReplies replies, SlackWorkspaces workspaces) {
        return new SlackTipSender(replies, workspaces);
    }

    /** What only "Add to Slack" needs: stored installations and OAuth state, and the install pages. */
    @Configuration(proxyBeanMethods = false)
    @Conditional(ManyWorkspacesCondition.class)
    static class ManyWorkspaces {

        @Bean
        JdbcInstallationService slackInstallations(JdbcClient jdbc, SlackProperties properties, Clock clock,
                                                   ProfileStore profiles) {
            // Installed again within the grace period: its people's data is kept.
            JdbcInstallationService installations = new JdbcInstallationService(jdbc,
                    new TokenCipher(properties.tokenEncryptionKey(), properties.tokenEncryptionOldKeys()), clock,
                    key -> profiles.workspaceBack(Platform.SLACK, key));
            int reencrypted = installations.reencryptWithCurrentKey();
            if (reencrypted > 0) {
                log.info("Re-encrypted the Slack tokens of {} installations with the current key", reencrypted);
            }
            return installations;
        }

        @Bean
        OAuthStateService slackOAuthStates(JdbcClient jdbc, Clock clock) {
            return new JdbcOAuthStateService(jdbc, clock);
        }

        @Bean
        ServletRegistrationBean<SlackOAuthAppServlet> slackOAuthServlet(App slackApp) {
            return new ServletRegistrationBean<>(new SlackOAuthAppServlet(slackApp), INSTALL_PATH, REDIRECT_PATH);
        }
    }

    /** SLACK_CLIENT_ID set. */
    static class ManyWorkspacesCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !SlackProperties.blank(context.getEnvironment().getProperty("slack.client-id"));
        }
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
