package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.profile.AssessmentAnswers;

/**
 * What is still to be done for a Slack request after it has been acknowledged. It is saved (as
 * JSON) before the acknowledgement, so a stop or a crash cannot lose it.
 *
 * @param kind        what to do
 * @param workspace   the workspace it came from ({@link SlackWorkspaces#key}), whose token it is done with
 * @param channel     where to reply (a reply, a tips command)
 * @param threadTs    the thread to reply in, if any
 * @param text        the question, the command, or the pressed button's command
 * @param userId      who asked
 * @param userName    their Slack name, for tips announcements
 * @param responseUrl where a command or a button press is answered
 * @param fromHome    a button pressed on the Home tab
 * @param triggerId   lets a command or a button open a modal (for 3 seconds)
 * @param shared      the person chose to share a personal answer in the channel ("public")
 * @param privately   only the person sees where the button was pressed (a direct message, an ephemeral message)
 * @param answers     a submitted self-assessment, as sent
 */
public record SlackWork(Kind kind, String workspace, String channel, String threadTs, String text, String userId,
                        String userName, String responseUrl, boolean fromHome, String triggerId, boolean shared,
                        boolean privately, AssessmentAnswers answers) {

    /**
     * REPLY: answer a mention or a direct message; HOME: publish the Home tab; TIPS: a slash
     * command answered from the database (tips or personal); PRESS: a button; SUBMIT: a
     * self-assessment sent from its modal.
     */
    public enum Kind { REPLY, HOME, TIPS, PRESS, SUBMIT }

    static SlackWork reply(String workspace, String channel, String threadTs, String question, String userId) {
        return new SlackWork(Kind.REPLY, workspace, channel, threadTs, question, userId, null, null, false, null, false,
                false, null);
    }

    static SlackWork home(String workspace, String userId) {
        return new SlackWork(Kind.HOME, workspace, null, null, null, userId, null, null, false, null, false, true,
                null);
    }

    static SlackWork command(String workspace, String text, String channel, String userId, String userName,
                             String responseUrl, String triggerId, boolean shared) {
        return new SlackWork(Kind.TIPS, workspace, channel, null, text, userId, userName, responseUrl, false, triggerId,
                shared, true, null);
    }

    static SlackWork press(String workspace, String channel, String command, String userId, String userName,
                           String responseUrl, boolean fromHome, String triggerId, boolean privately) {
        return new SlackWork(Kind.PRESS, workspace, channel, null, command, userId, userName, responseUrl, fromHome,
                triggerId, false, privately, null);
    }

    static SlackWork submit(String workspace, String userId, AssessmentAnswers answers) {
        return new SlackWork(Kind.SUBMIT, workspace, null, null, null, userId, null, null, false, null, false, true,
                answers);
    }

    /** Opens a modal with a trigger id, which Slack honours for 3 seconds: so it goes first. */
    boolean opensModal() {
        return triggerId != null && !triggerId.isBlank() && ConversationRouter.opensForm(text);
    }

    /** Posts into a channel, so it waits for the channel's next slot. */
    boolean paced() {
        return kind == Kind.REPLY;
    }
}
