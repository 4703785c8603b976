package uk.gov.ddat.capability.bot.slack;

import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.TipSender;

/** Daily tips into Slack channels, each posted with its own workspace's bot token. */
public class SlackTipSender implements TipSender {

    public static final Platform PLATFORM = Platform.SLACK;

    private final SlackReplies replies;
    private final SlackWorkspaces workspaces;

    public SlackTipSender(SlackReplies replies, SlackWorkspaces workspaces) {
        this.replies = replies;
        this.workspaces = workspaces;
    }

    @Override
    public Platform platform() {
        return PLATFORM;
    }

    @Override
    public Outcome send(Subscription subscription, Answer tip) {
        Optional<String> token = workspaces.botToken(subscription.workspaceId());
        if (token.isEmpty()) {
            return Outcome.permanentError("The app is no longer installed in this workspace.");
        }
        Outcome outcome = replies.forToken(token.get()).postTip(subscription.conversationId(), tip);
        return outcome.kind() == Outcome.Kind.PERMANENT ? Outcome.permanentError(reason(outcome.error())) : outcome;
    }

    /** What people are told when tips stop because of one of Slack's error codes. */
    static String reason(String error) {
        return switch (error) {
            case "not_in_channel" -> "I'm not a member of this channel. Invite me, then turn tips on again.";
            case "channel_not_found" -> "I can't find this channel any more.";
            case "is_archived" -> "This channel is archived.";
            case "account_inactive", "token_revoked", "invalid_auth" -> "The app's access was removed; reinstall it.";
            default -> "Posting failed permanently (" + error + ").";
        };
    }
}
