package uk.gov.ddat.capability.minimalbolt;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

/**
 * The yardstick for the bot's start-up: a Spring Boot app on the same Boot version with Bolt's
 * servlet, a /skills handler that only acknowledges, and the actuator's health on a management
 * port, and nothing else (no database). Started by the bot's StartupBenchmark; in a package of
 * its own so that the bot's component scan never finds it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
public class MinimalBoltApp {

    @Bean
    App slackApp() {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setStatsEnabled(false);
        slackConfig.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        App app = new App(AppConfig.builder().slack(Slack.getInstance(slackConfig))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN")).build());
        app.command("/skills", (request, context) -> context.ack());
        return app;
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackServlet(App app) {
        return new ServletRegistrationBean<>(new SlackAppServlet(app), "/slack/events");
    }

    public static void main(String[] args) {
        SpringApplication.run(MinimalBoltApp.class, args);
    }
}
