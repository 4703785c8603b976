package uk.gov.ddat.capability.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.MessageEvent;

/**
 * Reading what the bot needs from Slack requests safely: the fields Slack always sends checked
 * before use, the question taken out of a message, and the key each piece of work is claimed by.
 */
final class SlackRequests {

    private static final Pattern PUBLIC_SUFFIX = Pattern.compile("(?i)\\s+public\\s*$|^\\s*public\\s*$");
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Logger log = LoggerFactory.getLogger(SlackRequests.class);
    private static final int LONGEST_QUESTION = 2_000;

    private SlackRequests() {
    }

    /**
     * The key an event is claimed by: its event_id, or, for an event that arrives without one, a
     * digest of what identifies it (team, type, channel, user, timestamp), so that a redelivery
     * is still recognised.
     */
    static String eventKey(String eventId, String teamId, String type, String channel, String user, String ts) {
        if (eventId != null && !eventId.isBlank()) {
            return eventId;
        }
        return "h:" + digest(String.join("|", String.valueOf(teamId), String.valueOf(type), String.valueOf(channel),
                String.valueOf(user), String.valueOf(ts)));
    }

    /** Slash commands and button presses are never redelivered: each is a piece of work of its own. */
    static String commandKey() {
        return "c:" + UUID.randomUUID();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The question in a message, mentions removed. No question is longer than a few hundred
     * characters; keeping at most {@value #LONGEST_QUESTION} bounds what each piece of saved work
     * holds in memory and in the database.
     */
    static String question(String text) {
        String question = MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
        return question.length() > LONGEST_QUESTION ? question.substring(0, LONGEST_QUESTION) : question;
    }

    /** Whether a slash command ends with "public": the answer is then shared in the channel. */
    static boolean endsWithPublic(String text) {
        return PUBLIC_SUFFIX.matcher(text).find();
    }

    static String withoutPublic(String text) {
        return PUBLIC_SUFFIX.matcher(text).replaceAll("");
    }

    static boolean isDirectMessage(String channel) {
        return channel != null && channel.startsWith("D");
    }

    /**
     * Slack always sends these; a signed request without them is not Slack's and is acknowledged
     * without being answered, as there is nowhere to answer.
     */
    static boolean complete(String... required) {
        for (String value : required) {
            if (value == null || value.isBlank()) {
                log.info("Ignored a Slack request without the channel, user or time it needs");
                return false;
            }
        }
        return true;
    }

    /** A person's new message in a direct message with the bot: not a bot, not an edit, not the bot itself. */
    static boolean isPersonInDirectMessage(MessageEvent event, EventContext ctx) {
        return "im".equals(event.getChannelType())
                && event.getSubtype() == null
                && event.getBotId() == null
                && event.getUser() != null
                && !event.getUser().equals(ctx.getBotUserId());
    }
}
