package uk.gov.ddat.capability.bot.teams;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.TipSender;

/** Daily tips into Teams conversations, posted proactively through the Connector API, per tenant. */
public class TeamsTipSender implements TipSender {

    private final ConnectorClient connector;
    private final TeamsConversationStore conversations;
    private final AdaptiveCardRenderer renderer;

    public TeamsTipSender(ConnectorClient connector, TeamsConversationStore conversations, AdaptiveCardRenderer renderer) {
        this.connector = connector;
        this.conversations = conversations;
        this.renderer = renderer;
    }

    @Override
    public Platform platform() {
        return TeamsMessages.PLATFORM;
    }

    @Override
    public Outcome send(Subscription subscription, Answer tip) {
        String serviceUrl = conversations.serviceUrl(subscription.workspaceId(), subscription.conversationId())
                .or(subscription::address).orElse(null);
        if (serviceUrl == null || serviceUrl.isBlank()) {
            return Outcome.permanentError("no service URL known for this conversation");
        }
        Outcome outcome = connector.send(serviceUrl, subscription.workspaceId(), subscription.conversationId(),
                renderer.activity(tip));
        if (outcome.kind() == Outcome.Kind.PERMANENT && (outcome.httpStatus() == 403 || outcome.httpStatus() == 404)) {
            return Outcome.permanentError("The bot is no longer in this conversation; add it again, then turn tips on.");
        }
        return outcome;
    }
}
