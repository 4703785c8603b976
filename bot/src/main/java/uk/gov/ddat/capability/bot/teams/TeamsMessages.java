package uk.gov.ddat.capability.bot.teams;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.core.Reply;
import uk.gov.ddat.capability.bot.support.DisplayNames;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * What the bot says to a Teams activity, whether it came through the Bot Connector or an
 * outgoing webhook: a message (mentions removed) or a pressed Action.Submit button is answered;
 * being added to a conversation is met with a welcome.
 */
public class TeamsMessages {

    public static final Platform PLATFORM = Platform.TEAMS;
    private static final Duration TIPS_WAIT = Duration.ofSeconds(3);
    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");

    private final ConversationRouter router;
    private final AdaptiveCardRenderer renderer;

    public TeamsMessages(ConversationEngine engine, AdaptiveCardRenderer renderer, TipCommands tipCommands) {
        this(new ConversationRouter(engine, tipCommands, new TimeBox("teams-tips", 4)), renderer);
    }

    public TeamsMessages(ConversationRouter router, AdaptiveCardRenderer renderer) {
        this.router = router;
        this.renderer = renderer;
    }

    /**
     * The reply to an activity, if it needs one. {@code canPostLater} is false for outgoing
     * webhooks, which can only answer and so cannot post daily tips.
     */
    public Optional<Map<String, Object>> reply(JsonNode activity, boolean canPostLater) {
        String type = activity.path("type").asString("");
        return switch (type) {
            case "message" -> Optional.of(message(activity, canPostLater));
            case "conversationUpdate" -> botWasAdded(activity) ? Optional.of(welcome(activity)) : Optional.empty();
            case "installationUpdate" -> "add".equals(activity.path("action").asString(""))
                    ? Optional.of(welcome(activity)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The question in a message: the pressed button's command, or the text without @mentions. */
    static String question(JsonNode activity) {
        String command = activity.path("value").path("command").asString("");
        if (!command.isBlank()) {
            return command;
        }
        return MENTION.matcher(activity.path("text").asString("")).replaceAll(" ").replace("&nbsp;", " ").strip();
    }

    /** The Entra ID tenant an activity comes from ("" if it names none). */
    static String tenantOf(JsonNode activity) {
        String tenant = activity.path("conversation").path("tenantId").asString("");
        return tenant.isBlank() ? activity.path("channelData").path("tenant").path("id").asString("") : tenant;
    }

    /** A channel thread's id ends in ";messageid=..."; tips go to the channel itself. */
    static String conversationOf(JsonNode activity) {
        return activity.path("conversation").path("id").asString("").split(";", 2)[0];
    }

    private Map<String, Object> message(JsonNode activity, boolean canPostLater) {
        Reply reply = router.typed(question(activity), asker(activity, canPostLater));
        Map<String, Object> sent = new LinkedHashMap<>(renderer.activity(reply.answer()));
        if (!activity.path("id").asString("").isEmpty()) {
            sent.put("replyToId", activity.path("id").asString(""));
        }
        return sent;
    }

    /** Who sent an activity, and where. Teams waits 5 s for an answer, so the database gets at most 3. */
    static Asker asker(JsonNode activity, boolean canPostLater) {
        // People choose their display names: quoted to the channel as plain words only.
        String name = DisplayNames.plain(activity.path("from").path("name").asString(""));
        return new Asker(PLATFORM, TeamsWording.INSTANCE, tenantOf(activity), conversationOf(activity),
                Optional.of(activity.path("serviceUrl").asString("")), activity.path("from").path("id").asString(""),
                name.isBlank() ? "Someone" : name, Optional::empty, canPostLater, TIPS_WAIT);
    }

    private boolean botWasAdded(JsonNode activity) {
        String bot = activity.path("recipient").path("id").asString("");
        for (JsonNode member : activity.path("membersAdded")) {
            if (member.path("id").asString("").equals(bot)) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> welcome(JsonNode activity) {
        return renderer.activity(router.welcome(asker(activity, true)));
    }
}
