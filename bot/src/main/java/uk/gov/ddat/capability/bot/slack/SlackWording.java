package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.conversation.Wording;

/** Commands in Slack are written with the {@code /skills} slash command. */
final class SlackWording implements Wording {

    static final SlackWording INSTANCE = new SlackWording();

    private SlackWording() {
    }

    @Override
    public String command(String words) {
        return SlackHandlers.COMMAND + " " + words;
    }

    @Override
    public String howToAsk() {
        return "Ask in your own words, in a message to me, by mentioning me, or with " + SlackHandlers.COMMAND
                + ". Add \"public\" to a " + SlackHandlers.COMMAND + " command to share the answer in the channel.";
    }

    @Override
    public String whyNoDailyTips() {
        return "Turn daily tips on for a channel with " + command("tips on") + " in that channel.";
    }

    @Override
    public String whereToAskPrivately() {
        return "Your skills are private: use " + command("me") + " (only you see the answer) or send me a direct "
                + "message.";
    }
}
