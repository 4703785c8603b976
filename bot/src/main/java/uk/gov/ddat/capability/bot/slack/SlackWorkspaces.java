package uk.gov.ddat.capability.bot.slack;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.model.Bot;
import com.slack.api.token_rotation.RefreshedToken;
import com.slack.api.token_rotation.TokenRotationException;
import com.slack.api.token_rotation.TokenRotator;

/**
 * The Slack workspaces the bot serves and their bot tokens: one workspace and SLACK_BOT_TOKEN, or
 * every workspace that installed the app ("Add to Slack"), with tokens from the database. Things
 * kept per workspace (daily tips) are keyed by {@link #key}: "" with one workspace,
 * "ENTERPRISE:TEAM" with many ("" for a part that is absent).
 */
public class SlackWorkspaces {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkspaces.class);

    private final String singleToken;
    private final JdbcInstallationService installations;
    private final TokenRotator rotator;

    private SlackWorkspaces(String singleToken, JdbcInstallationService installations, TokenRotator rotator) {
        this.singleToken = singleToken;
        this.installations = installations;
        this.rotator = rotator;
    }

    public static SlackWorkspaces single(String botToken) {
        return new SlackWorkspaces(botToken, null, null);
    }

    public static SlackWorkspaces installed(JdbcInstallationService installations, TokenRotator rotator) {
        return new SlackWorkspaces(null, installations, rotator);
    }

    public boolean many() {
        return installations != null;
    }

    public String key(String enterpriseId, String teamId) {
        return many() ? JdbcInstallationService.nz(enterpriseId) + ":" + JdbcInstallationService.nz(teamId) : "";
    }

    /** The bot token for a workspace key, refreshed first when token rotation says it is nearly expired. */
    public Optional<String> botToken(String key) {
        if (!many()) {
            return Optional.of(singleToken);
        }
        String[] parts = key.split(":", 2);
        Bot bot = installations.findBot(JdbcInstallationService.blankToNull(parts[0]),
                parts.length < 2 ? null : JdbcInstallationService.blankToNull(parts[1]));
        if (bot == null) {
            return Optional.empty();
        }
        if (bot.getBotRefreshToken() != null && bot.getBotTokenExpiresAt() != null) {
            try {
                Optional<RefreshedToken> refreshed = rotator.performTokenRotation(r -> r
                        .accessToken(bot.getBotAccessToken()).refreshToken(bot.getBotRefreshToken())
                        .expiresAt(bot.getBotTokenExpiresAt()));
                if (refreshed.isPresent()) {
                    bot.setBotAccessToken(refreshed.get().getAccessToken());
                    bot.setBotRefreshToken(refreshed.get().getRefreshToken());
                    bot.setBotTokenExpiresAt(refreshed.get().getExpiresAt());
                    installations.saveBot(bot);
                }
            } catch (TokenRotationException e) {
                log.warn("Could not refresh the Slack token of {}: {}", key, e.getMessage());
            }
        }
        return Optional.of(bot.getBotAccessToken());
    }

    /** The app was uninstalled (or its bot token revoked): forget that workspace's or organisation's tokens. */
    public void forget(String enterpriseId, String teamId, boolean organisationWide) {
        if (many()) {
            installations.deleteAll(enterpriseId, organisationWide ? "" : teamId);
        }
    }
}
