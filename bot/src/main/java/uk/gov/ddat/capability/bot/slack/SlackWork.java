package uk.gov.ddat.capability.bot.slack;

/**
 * What is still to be done for a Slack request after it has been acknowledged. It is saved (as
 * JSON) before the acknowledgement, so a stop or a crash cannot lose it.
 *
 * @param kind        what to do
 * @param workspace   the workspace it came from ({@link SlackWorkspaces#key}), whose token it is done with
 * @param channel     where to reply (a reply, a tips command)
 * @param threadTs    the thread to reply in, if any
 * @param text        the question, the tips command, or the pressed button's command
 * @param userId      who asked
 * @param userName    their Slack name, for tips announcements
 * @param responseUrl where a command or a button press is answered
 * @param fromHome    a button pressed on the Home tab
 */
public record SlackWork(Kind kind, String workspace, String channel, String threadTs, String text, String userId, String userName,
                        String responseUrl, boolean fromHome) {

    public enum Kind { REPLY, HOME, TIPS, PRESS }

    static SlackWork reply(String workspace, String channel, String threadTs, String question, String userId) {
        return new SlackWork(Kind.REPLY, workspace, channel, threadTs, question, userId, null, null, false);
    }

    static SlackWork home(String workspace, String userId) {
        return new SlackWork(Kind.HOME, workspace, null, null, null, userId, null, null, false);
    }

    static SlackWork tips(String workspace, String text, String channel, String userId, String userName,
                          String responseUrl) {
        return new SlackWork(Kind.TIPS, workspace, channel, null, text, userId, userName, responseUrl, false);
    }

    static SlackWork press(String workspace, String channel, String command, String userId, String userName,
                           String responseUrl, boolean fromHome) {
        return new SlackWork(Kind.PRESS, workspace, channel, null, command, userId, userName, responseUrl, fromHome);
    }

    /** Posts into a channel, so it waits for the channel's next slot. */
    boolean paced() {
        return kind == Kind.REPLY;
    }
}
