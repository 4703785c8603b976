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
import uk.gov.ddat.capability.bot.profile.AssessmentAnswers;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.DownloadLinks;
import uk.gov.ddat.capability.bot.profile.PersonKey;
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
    private final Optional<DownloadLinks> downloads;

    public TeamsMessages(ConversationEngine engine, AdaptiveCardRenderer renderer, TipCommands tipCommands) {
        this(new ConversationRouter(engine, tipCommands, new TimeBox("teams-tips", 4)), renderer, Optional.empty());
    }

    public TeamsMessages(ConversationRouter router, AdaptiveCardRenderer renderer, Optional<DownloadLinks> downloads) {
        this.router = router;
        this.renderer = renderer;
        this.downloads = downloads;
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
        String text = activity.path("text").asString("");
        // A colleague mentioned in a sharing command ("share with @Sam") is kept as the core reads
        // one; otherwise, and always for the bot's own, mentions go.
        String withColleagues = withoutMentions(TeamsMentions.resolved(activity, text));
        return ConversationRouter.isPersonalCommand(withColleagues) ? withColleagues : withoutMentions(text);
    }

    private static String withoutMentions(String text) {
        return MENTION.matcher(text).replaceAll(" ").replace("&nbsp;", " ").strip();
    }

    /** A download link for a file of the answer: one of the person's own, made only for the person who asked. */
    private Optional<String> link(Asker asker, Attachment file) {
        return downloads.flatMap(d -> d.link(new PersonKey(PLATFORM, asker.workspace(), asker.userId()), file));
    }

    /** A filled-in self-assessment card sent back with its Save button. */
    private static boolean isAssessment(JsonNode activity) {
        return AdaptiveCardRenderer.SUBMIT_COMMAND.equals(activity.path("value").path("command").asString(""));
    }

    /** What the card sent, as sent: its role level and every skill input, checked by the core before saving. */
    static AssessmentAnswers assessment(JsonNode activity) {
        JsonNode value = activity.path("value");
        Map<String, String> ratings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (field.getKey().startsWith(AdaptiveCardRenderer.SKILL_INPUT) && field.getValue().isString()
                    && !field.getValue().asString().isBlank()) {
                ratings.put(field.getKey().substring(AdaptiveCardRenderer.SKILL_INPUT.length()),
                        field.getValue().asString());
            }
        }
        return new AssessmentAnswers(value.path("level").asString(""), ratings);
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
        Asker asker = asker(activity, canPostLater);
        Reply reply = isAssessment(activity) ? router.submitted(assessment(activity), asker)
                : router.typed(question(activity), asker);
        Map<String, Object> sent = new LinkedHashMap<>(reply.form().isPresent()
                ? renderer.assessment(reply.answer(), reply.form().get())
                : renderer.activity(reply.answer(), reply.attachments(), file -> link(asker, file)));
        if (!activity.path("id").asString("").isEmpty()) {
            sent.put("replyToId", activity.path("id").asString(""));
        }
        return sent;
    }

    /** Who sent an activity, and where. Teams waits 5 s for an answer, so the database gets at most 3. */
    static Asker asker(JsonNode activity, boolean canPostLater) {
        // People choose their display names: quoted to the channel as plain words only.
        String name = DisplayNames.plain(activity.path("from").path("name").asString(""));
        // A personal chat is the only place in Teams where a reply is seen by the sender alone.
        boolean personal = "personal".equals(activity.path("conversation").path("conversationType").asString(""));
        return new Asker(PLATFORM, TeamsWording.INSTANCE, tenantOf(activity), conversationOf(activity),
                Optional.of(activity.path("serviceUrl").asString("")), activity.path("from").path("id").asString(""),
                name.isBlank() ? "Someone" : name, Optional::empty, canPostLater, TIPS_WAIT,
                personal && canPostLater ? Asker.Privacy.PRIVATE : Asker.Privacy.SHARED);
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
