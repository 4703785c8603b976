package uk.gov.ddat.capability.bot.core;

import uk.gov.ddat.capability.bot.conversation.Answer;

/**
 * What the bot says back, platform-neutral: the answer, and whether the whole conversation
 * should see it (a tips change announced) or only the person who asked, where the platform can
 * show it to them alone (a Slack slash command).
 */
public record Reply(Answer answer, Audience audience) {

    public enum Audience { ASKER, CONVERSATION }

    public boolean inConversation() {
        return audience == Audience.CONVERSATION;
    }
}
