package uk.gov.ddat.capability.bot.slack;

import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.TipSender;

/** Daily tips into Slack channels, each posted with its own workspace's bot token. */
public class SlackTipSender implements TipSender {

    public static final String PLATFORM = "slack";

    private final SlackReplies replies;
    private final SlackWorkspaces workspaces;

    public SlackTipSender(SlackReplies replies, SlackWorkspaces workspaces) {
        this.replies = replies;
        this.workspaces = workspaces;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Outcome send(Subscription subscription, Answer tip) {
        Optional<String> token = workspaces.botToken(subscription.workspaceId());
        if (token.isEmpty()) {
            return Outcome.permanentError("The app is no longer installed in this workspace.");
        }
        return replies.forToken(token.get()).postTip(subscription.conversationId(), tip);
    }
}
