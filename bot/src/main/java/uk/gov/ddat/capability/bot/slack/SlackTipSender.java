package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.TipSender;

/** Daily tips into Slack channels. */
public class SlackTipSender implements TipSender {

    public static final String PLATFORM = "slack";

    private final SlackReplies replies;

    public SlackTipSender(SlackReplies replies) {
        this.replies = replies;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public Outcome send(Subscription subscription, Answer tip) {
        return replies.postTip(subscription.conversationId(), tip);
    }
}
