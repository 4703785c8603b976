package uk.gov.ddat.capability.bot.conversation;

/**
 * How commands are written where someone is talking to the bot: Slack has its {@code /skills}
 * slash command, Teams and the terminal take the same words typed as a message. Each adapter
 * gives its own wording; the shared layers never name a platform's command themselves.
 */
public interface Wording {

    /** How to type {@code words} here, e.g. "/skills tips on 09:30" in Slack. */
    String command(String words);

    /** The first line of the help: the ways to ask on this platform. */
    String howToAsk();

    /** Why daily tips cannot be turned on from here (only asked where they cannot). */
    String whyNoDailyTips();

    /**
     * Where to ask about oneself instead (asked where personal data would be seen by others, or
     * where nothing about a person is kept).
     */
    String whereToAskPrivately();

    /** Plain words, as typed at the terminal prompt. */
    Wording TERMINAL = new Wording() {
        @Override
        public String command(String words) {
            return words;
        }

        @Override
        public String howToAsk() {
            return "Ask in your own words at the prompt, or type one of the commands below.";
        }

        @Override
        public String whyNoDailyTips() {
            return "Daily tips are posted to a Slack channel or a Teams conversation each day; the terminal is "
                    + "not running then, so they cannot be turned on here. Type tip for one now.";
        }

        @Override
        public String whereToAskPrivately() {
            return "Your profile and self-assessments are kept where you talk to me in Slack or Teams; the "
                    + "terminal keeps nothing about you.";
        }
    };
}
