package uk.gov.ddat.capability.bot.conversation;

/** Turns an answer into one platform's text (plain text, Slack Block Kit JSON, a Teams card). */
public interface AnswerRenderer {

    /** The name used by {@code --format}: "text", "slack", "teams". */
    String format();

    String render(Answer answer);
}
