package uk.gov.ddat.capability.bot.teams;

import uk.gov.ddat.capability.bot.conversation.Wording;

/**
 * Teams has no slash command: commands are the same words sent as a message, mentioning the bot
 * in a channel or group chat.
 */
final class TeamsWording implements Wording {

    static final TeamsWording INSTANCE = new TeamsWording();

    private TeamsWording() {
    }

    @Override
    public String command(String words) {
        return words;
    }

    @Override
    public String howToAsk() {
        return "Ask in your own words in a chat with me, or mention me in a channel followed by your question "
                + "or one of the commands below (for example: @Capability framework tips on 09:30).";
    }

    @Override
    public String whyNoDailyTips() {
        return "This outgoing webhook can only answer questions. To get daily tips, install the capability "
                + "framework bot app in this team (see docs/teams.md).";
    }

    @Override
    public String whereToAskPrivately() {
        return "Your skills are private, so I only talk about them in a personal chat with me: open a chat with "
                + "the capability framework app and ask there.";
    }
}
