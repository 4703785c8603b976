package uk.gov.ddat.capability.bot.slack;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * A workspace the bot can no longer serve (app_uninstalled, or its bot token revoked): its
 * tokens are forgotten, its tips paused with the reason, and its people's data marked for
 * deletion after the grace period.
 */
final class WorkspaceRemoval {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceRemoval.class);

    private final SlackWorkspaces workspaces;
    private final SubscriptionStore subscriptions;
    private final ProfileStore profiles;
    private final TimeBox database;

    WorkspaceRemoval(SlackWorkspaces workspaces, SubscriptionStore subscriptions, ProfileStore profiles,
                     TimeBox database) {
        this.workspaces = workspaces;
        this.subscriptions = subscriptions;
        this.profiles = profiles;
        this.database = database;
    }

    void uninstalled(EventsApiPayload<AppUninstalledEvent> payload) {
        log.warn("The app was uninstalled from team {}", LogSafe.text(payload.getTeamId()));
        stopServing(payload, "The app was uninstalled from Slack.");
    }

    /** Only a revoked bot token stops the bot; a user token revoked changes nothing here. */
    void tokensRevoked(EventsApiPayload<TokensRevokedEvent> payload) {
        var tokens = payload.getEvent().getTokens();
        boolean botRevoked = tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty();
        log.warn("Tokens were revoked in team {} (bot token: {})", LogSafe.text(payload.getTeamId()), botRevoked);
        if (botRevoked) {
            stopServing(payload, "The app's tokens were revoked.");
        }
    }

    /**
     * The workspace cannot be served any more: forget its tokens (many workspaces) and pause its
     * tips, saying why. If the database is down the ack still goes (the tips then fail and pause).
     */
    private void stopServing(EventsApiPayload<?> payload, String reason) {
        boolean organisationWide = payload.getAuthorizations() != null && payload.getAuthorizations().stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getIsEnterpriseInstall()));
        String enterprise = payload.getEnterpriseId();
        String team = payload.getTeamId();
        database.submit(() -> {
            try {
                workspaces.forget(enterprise, team, organisationWide);
                Instant now = Instant.now();
                // People's own data goes after the grace period, unless the app comes back.
                profiles.workspaceRemoved(Platform.SLACK, workspaces.many()
                        ? workspaces.key(enterprise, organisationWide ? "" : team) : "", now);
                if (!workspaces.many()) {
                    subscriptions.pauseAll(SlackTipSender.PLATFORM, reason, now);
                } else if (organisationWide) {
                    subscriptions.pauseWorkspacePrefix(SlackTipSender.PLATFORM, workspaces.key(enterprise, ""),
                            reason, now);
                } else {
                    subscriptions.pauseWorkspace(SlackTipSender.PLATFORM, workspaces.key(enterprise, team), reason,
                            now);
                }
            } catch (RuntimeException e) {
                log.warn("Could not stop serving the workspace ({}): {}", reason, e.getClass().getSimpleName());
            }
        });
    }
}
