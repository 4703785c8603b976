package uk.gov.ddat.capability.bot.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slack settings (application.yml "slack.*").
 *
 * @param signingSecret     SLACK_SIGNING_SECRET: verifies HTTP requests from Slack
 * @param botToken          SLACK_BOT_TOKEN: the bot's xoxb- token for the Web API
 * @param appToken          SLACK_APP_TOKEN: an xapp- token turns on Socket Mode
 * @param apiUrl            SLACK_API_URL: Web API base URL, default https://slack.com/api/
 * @param responseUrlPrefix replies are posted only to response_url addresses under this prefix
 * @param replyThreads      threads that post replies after Slack has been acknowledged
 */
@ConfigurationProperties("slack")
public record SlackProperties(String signingSecret, String botToken, String appToken, String apiUrl,
                              String responseUrlPrefix, int replyThreads) {

    public SlackProperties {
        apiUrl = blank(apiUrl) ? "https://slack.com/api/" : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        responseUrlPrefix = blank(responseUrlPrefix) ? "https://hooks.slack.com/" : responseUrlPrefix;
        replyThreads = replyThreads <= 0 ? 8 : replyThreads;
    }

    boolean socketMode() {
        return !blank(appToken);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
