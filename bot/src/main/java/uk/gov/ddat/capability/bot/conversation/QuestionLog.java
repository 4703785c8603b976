package uk.gov.ddat.capability.bot.conversation;

/**
 * Told of every question that ended in "not sure" or "not in the data", so the framework's owners
 * can see what people ask and do not get. Called on the answering thread: it must be quick and
 * must not fail.
 */
public interface QuestionLog {

    QuestionLog NONE = (text, outcome) -> { };

    void unanswered(String text, Answer.Outcome outcome);
}
