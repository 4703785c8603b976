package uk.gov.ddat.capability.bot.tips;

import java.time.Instant;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Platform;

/**
 * A conversation's daily tips.
 *
 * @param id             database id
 * @param platform       Slack or Teams
 * @param workspaceId    the Slack workspace (team or enterprise id) or Teams tenant; "" for a
 *                       single-workspace Slack app
 * @param conversationId the channel or chat
 * @param address        extra routing a platform needs to post (Teams), if any
 * @param schedule       when to post
 * @param roleName       the role the tips are about
 * @param active         false when turned off or paused
 * @param pausedReason   why tips stopped by themselves (e.g. the bot was removed from the channel)
 * @param changedBy      who last changed the settings
 * @param changedAt      when; a new schedule's first tip is the first one due after this
 * @param rotationSeed   orders this conversation's tips
 * @param tipsSent       how many tips it has had, the position in its rotation
 * @param lastError      the last delivery error, for "tips" to show
 */
public record Subscription(long id, Platform platform, String workspaceId, String conversationId, Optional<String> address,
                           Schedule schedule, String roleName, boolean active, Optional<String> pausedReason,
                           String changedBy, Instant changedAt, long rotationSeed, int tipsSent,
                           Optional<String> lastError, Optional<Instant> lastErrorAt) {
}
