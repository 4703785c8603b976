package uk.gov.ddat.capability.bot.core;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;

/**
 * Who is talking to the bot, and where: what the conversation core needs to know about a message
 * besides its text.
 *
 * @param platform      Slack, Teams or the terminal
 * @param wording       how commands are written there
 * @param workspace     the Slack workspace or Teams tenant ("" for one workspace, or none)
 * @param conversation  the channel or conversation the message is in
 * @param address       where to post into it later, if the platform needs one (a Teams service URL)
 * @param userId        who sent it
 * @param userLabel     how to name them in the conversation (plain words)
 * @param timeZone      their time zone, looked up only when a command needs it
 * @param canPostLater  whether the bot can post here unprompted (daily tips), not just answer
 * @param databaseWait  the longest a tips command may wait for the database here
 * @param privacy       who else sees a reply here, which decides where personal answers go
 */
public record Asker(Platform platform, Wording wording, String workspace, String conversation,
                    Optional<String> address, String userId, String userLabel, Supplier<Optional<String>> timeZone,
                    boolean canPostLater, Duration databaseWait, Privacy privacy) {

    /** Who sees what the bot replies where this person asked. */
    public enum Privacy {
        /** Only them: a slash command's own reply, a direct message, a personal chat. */
        PRIVATE,
        /** Others in the conversation, but the bot can message the person directly instead. */
        SHARED_CAN_MESSAGE_DIRECTLY,
        /** Others in the conversation, and the bot cannot reach the person alone. */
        SHARED
    }

    /** Someone at the terminal prompt: one person, no conversation to post tips into later. */
    public static Asker terminal() {
        return new Asker(Platform.TERMINAL, Wording.TERMINAL, "", "terminal", Optional.empty(), "you", "You",
                Optional::empty, false, Duration.ofSeconds(5), Privacy.SHARED);
    }
}
