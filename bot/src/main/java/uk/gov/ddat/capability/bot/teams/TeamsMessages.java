package uk.gov.ddat.capability.bot.teams;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.support.DisplayNames;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * What the bot says to a Teams activity, whether it came through the Bot Connector or an
 * outgoing webhook: a message (mentions removed) or a pressed Action.Submit button is answered;
 * being added to a conversation is met with a welcome.
 */
public class TeamsMessages {

    public static final String PLATFORM = "teams";
    private static final Logger log = LoggerFactory.getLogger(TeamsMessages.class);
    private static final Duration TIPS_WAIT = Duration.ofSeconds(3);
    private static final Pattern MENTION = Pattern.compile("<at>[^<]*</at>");

    private final ConversationEngine engine;
    private final AdaptiveCardRenderer renderer;
    private final TipCommands tipCommands;
    private final TimeBox database;

    public TeamsMessages(ConversationEngine engine, AdaptiveCardRenderer renderer, TipCommands tipCommands) {
        this(engine, renderer, tipCommands, new TimeBox("teams-tips", 4));
    }

    /** {@code database} bounds how long a tips command may wait for the database (Teams waits 5 s). */
    public TeamsMessages(ConversationEngine engine, AdaptiveCardRenderer renderer, TipCommands tipCommands,
                         TimeBox database) {
        this.database = database;
        this.engine = engine;
        this.renderer = renderer;
        this.tipCommands = tipCommands;
    }

    /**
     * The reply to an activity, if it needs one. {@code canPostLater} is false for outgoing
     * webhooks, which can only answer and so cannot post daily tips.
     */
    public Optional<Map<String, Object>> reply(JsonNode activity, boolean canPostLater) {
        String type = activity.path("type").asString("");
        return switch (type) {
            case "message" -> Optional.of(message(activity, canPostLater));
            case "conversationUpdate" -> botWasAdded(activity) ? Optional.of(welcome()) : Optional.empty();
            case "installationUpdate" -> "add".equals(activity.path("action").asString(""))
                    ? Optional.of(welcome()) : Optional.empty();
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
        String question = question(activity);
        Answer answer;
        if (TipCommands.isTipsCommand(question)) {
            if (!canPostLater && !question.strip().equalsIgnoreCase("tip")) {
                answer = new Answer("Daily tips need the Teams bot", List.of(Answer.Section.text("",
                        "This outgoing webhook can only answer questions. To get daily tips, install the "
                                + "capability framework bot app in this team (see the README).")),
                        List.of(), Optional.empty());
            } else {
                // People choose their display names: quoted to the channel as plain words only.
                String name = DisplayNames.plain(activity.path("from").path("name").asString(""));
                TipCommands.Context context = new TipCommands.Context(PLATFORM, tenantOf(activity),
                        conversationOf(activity),
                        Optional.of(activity.path("serviceUrl").asString("")),
                        activity.path("from").path("id").asString(""), name.isBlank() ? "Someone" : name,
                        Optional::empty);
                answer = tips(question, context);
            }
        } else {
            answer = engine.answer(question);
        }
        Map<String, Object> reply = new LinkedHashMap<>(renderer.activity(answer));
        if (!activity.path("id").asString("").isEmpty()) {
            reply.put("replyToId", activity.path("id").asString(""));
        }
        return reply;
    }

    /**
     * Tips commands touch the database; if it fails, say so rather than fail the request, and if
     * it hangs, say the change could not be confirmed rather than miss Teams' 5 seconds.
     */
    private Answer tips(String question, TipCommands.Context context) {
        return database.call(TIPS_WAIT, () -> {
            try {
                return tipCommands.handle(question, context).answer();
            } catch (RuntimeException e) {
                log.error("Tips command failed ({})", e.getClass().getName());
                return TipCommands.unavailable();
            }
        }).orElseGet(TipCommands::unconfirmed);
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

    private Map<String, Object> welcome() {
        Answer help = engine.answer("help");
        Answer welcome = new Answer("Hello! I answer questions about the capability framework",
                help.sections(), help.actions(), help.link());
        return renderer.activity(welcome);
    }
}
