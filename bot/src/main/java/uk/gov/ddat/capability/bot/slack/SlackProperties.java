package uk.gov.ddat.capability.bot.slack;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slack settings (application.yml "slack.*").
 *
 * @param signingSecret       SLACK_SIGNING_SECRET: verifies HTTP requests from Slack
 * @param botToken            SLACK_BOT_TOKEN: the bot's xoxb- token for the Web API (one workspace)
 * @param appToken            SLACK_APP_TOKEN: an xapp- token turns on Socket Mode
 * @param apiUrl              SLACK_API_URL: Web API base URL, default https://slack.com/api/
 * @param responseUrlPrefix   replies are posted only to response_url addresses under this prefix
 * @param replyThreads        threads that post replies after Slack has been acknowledged
 * @param maxBacklog          acknowledged work held in memory at most; beyond it, work waits in the database
 * @param drainTime           on a graceful stop, how long to keep sending; the rest is sent after the next start
 * @param recoveryInterval    how often to renew claims and take over work a stopped instance left unanswered
 * @param saveWait            the longest an acknowledgement waits to save its work; then it is handled from memory
 * @param clientId            SLACK_CLIENT_ID: with the secret, "Add to Slack" for many workspaces
 * @param clientSecret        SLACK_CLIENT_SECRET
 * @param scopes              SLACK_SCOPES: the bot scopes asked for at install, comma-separated
 * @param redirectUri         SLACK_REDIRECT_URI: https://YOUR-HOST/slack/oauth_redirect, if the app has several
 * @param tokenEncryptionKey  SLACK_TOKEN_ENCRYPTION_KEY: 32 random bytes in Base64, encrypts stored tokens
 * @param tokenEncryptionOldKeys SLACK_TOKEN_ENCRYPTION_OLD_KEYS: earlier keys, still read (key rotation)
 */
@ConfigurationProperties("slack")
public record SlackProperties(String signingSecret, String botToken, String appToken, String apiUrl,
                              String responseUrlPrefix, int replyThreads, int maxBacklog,
                              Duration drainTime, Duration recoveryInterval, Duration saveWait,
                              String clientId, String clientSecret, String scopes, String redirectUri,
                              String tokenEncryptionKey, List<String> tokenEncryptionOldKeys) {

    public SlackProperties {
        apiUrl = blank(apiUrl) ? "https://slack.com/api/" : apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
        responseUrlPrefix = blank(responseUrlPrefix) ? "https://hooks.slack.com/" : responseUrlPrefix;
        replyThreads = replyThreads <= 0 ? 8 : replyThreads;
        tokenEncryptionOldKeys = tokenEncryptionOldKeys == null ? List.of() : List.copyOf(tokenEncryptionOldKeys);
        maxBacklog = maxBacklog <= 0 ? 10_000 : maxBacklog;
        drainTime = drainTime == null ? Duration.ofSeconds(10) : drainTime;
        recoveryInterval = recoveryInterval == null || recoveryInterval.isZero() ? Duration.ofSeconds(10)
                : recoveryInterval;
        saveWait = saveWait == null ? Duration.ofSeconds(1) : saveWait;
    }

    boolean socketMode() {
        return !blank(appToken);
    }

    /** Installed through "Add to Slack" in many workspaces, rather than one workspace's SLACK_BOT_TOKEN. */
    boolean manyWorkspaces() {
        return !blank(clientId);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
