package uk.gov.ddat.capability.bot.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.TokensRevokedEvent;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.core.Reply;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.support.DisplayNames;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * What the bot does with each kind of Slack request. Every handler acknowledges at once; replies
 * that need a Web API call are saved as {@link SlackWork} before the acknowledgement and done by
 * the {@link SlackWorker} after it, with the bot token of the workspace the request came from.
 */
public class SlackHandlers {

    static final String COMMAND = "/skills";
    private static final Pattern PUBLIC_SUFFIX = Pattern.compile("(?i)\\s+public\\s*$|^\\s*public\\s*$");
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);
    private static final int LONGEST_QUESTION = 2_000;
    /** A tips command's database work (and the user's time zone lookup) gets this long. */
    private static final Duration TIPS_WAIT = Duration.ofSeconds(6);

    private final ConversationEngine engine;
    private final SlackReplies replies;
    private final HomeTab home;
    private final ConversationRouter router;
    private final SubscriptionStore subscriptions;
    private final TimeBox database;
    private final SlackWorkspaces workspaces;
    private final CommandAcks commandAcks;
    private final ProfileStore profiles;

    public SlackHandlers(ConversationEngine engine, BlockKitRenderer renderer, SlackReplies replies, HomeTab home,
                         ConversationRouter router, SubscriptionStore subscriptions, TimeBox database,
                         SlackWorkspaces workspaces, ProfileStore profiles) {
        this.profiles = profiles;
        this.database = database;
        this.workspaces = workspaces;
        this.engine = engine;
        this.commandAcks = new CommandAcks(renderer);
        this.replies = replies;
        this.home = home;
        this.router = router;
        this.subscriptions = subscriptions;
    }

    /**
     * Registers the handlers. Work that cannot go in the acknowledgement is handed to
     * {@code worker}, which saves it before the ack and does it afterwards.
     */
    public void register(App app, SlackWorker worker) {
        app.command(COMMAND, (request, ctx) -> {
            var command = request.getPayload();
            String text = command.getText() == null ? "" : command.getText();
            boolean share = PUBLIC_SUFFIX.matcher(text).find();
            if (ConversationRouter.needsDatabase(text) || ConversationRouter.needsDatabase(withoutPublic(text))
                    || ConversationRouter.sendsFiles(withoutPublic(text))) {
                // Reads and writes the database (and may look up the user's time zone, or open a
                // modal with the trigger id), or uploads files: after the ack.
                String said = ConversationRouter.isTipsCommand(text) ? text : withoutPublic(text);
                worker.accept(commandKey(), SlackWork.command(workspace(ctx.getEnterpriseId(), ctx.getTeamId()), said,
                        command.getChannelId(), command.getUserId(), command.getUserName(), command.getResponseUrl(),
                        command.getTriggerId(), share));
                return ctx.ack();
            }
            Asker asker = asker(workspace(ctx.getEnterpriseId(), ctx.getTeamId()), command.getChannelId(),
                    command.getUserId(), command.getUserName(), Optional::empty, Asker.Privacy.PRIVATE);
            Answer answer = router.typed(withoutPublic(text), asker).answer();
            // The engine answers in microseconds, so the answer goes back in the acknowledgement itself.
            return commandAcks.ack(answer, share);
        });

        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (!complete(event.getChannel(), event.getUser(), event.getTs())) {
                return ctx.ack();
            }
            String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
            worker.accept(eventKey(payload.getEventId(), payload.getTeamId(), event.getType(), event.getChannel(),
                    event.getUser(), event.getTs()), SlackWork.reply(workspace(payload), event.getChannel(), thread,
                    question(event.getText()), event.getUser()));
            return ctx.ack();
        });

        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (isPersonInDirectMessage(event, ctx) && complete(event.getChannel(), event.getUser(), event.getTs())) {
                worker.accept(eventKey(payload.getEventId(), payload.getTeamId(), event.getType(), event.getChannel(),
                        event.getUser(), event.getTs()),
                        SlackWork.reply(workspace(payload), event.getChannel(), event.getThreadTs(),
                                question(event.getText()), event.getUser()));
            }
            return ctx.ack();
        });
        // Edits, deletions and other bots' messages are not questions.
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());

        app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitRenderer.ACTION_PREFIX) + ".*"), (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            if (payload.getActions() == null || payload.getActions().isEmpty() || payload.getUser() == null
                    || !complete(payload.getUser().getId())) {
                return ctx.ack();
            }
            String command = payload.getActions().get(0).getValue();
            var container = payload.getContainer();
            boolean fromHome = container != null && "view".equals(container.getType());
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            // Only the presser sees the message it was pressed on: the Home tab, an ephemeral answer, a DM.
            boolean privately = fromHome || container != null && container.isEphemeral()
                    || isDirectMessage(channel);
            worker.accept(commandKey(), SlackWork.press(workspace(ctx.getEnterpriseId(), ctx.getTeamId()), channel,
                    command == null ? "" : command, payload.getUser().getId(), payload.getUser().getUsername(),
                    payload.getResponseUrl(), fromHome, payload.getTriggerId(), privately));
            return ctx.ack();
        });

        // A self-assessment sent from its modal. Who sent it comes from the signed payload, never
        // from the modal; what was sent is checked against their role level when it is saved.
        app.viewSubmission(AssessmentModal.CALLBACK_ID, (request, ctx) -> {
            var payload = request.getPayload();
            if (payload.getUser() == null || !complete(payload.getUser().getId())) {
                return ctx.ack(); // no one to save it for or to answer (Slack always says who)
            }
            worker.accept(commandKey(), SlackWork.submit(workspace(ctx.getEnterpriseId(), ctx.getTeamId()),
                    payload.getUser().getId(), AssessmentModal.answers(payload.getView())));
            return ctx.ack(); // closes the modal; the gaps follow in a direct message
        });
        // "Show more" opens the published page in the browser; Slack still tells us it was pressed.
        app.blockAction("show-more", (request, ctx) -> ctx.ack());

        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && complete(event.getUser())) {
                worker.accept(eventKey(payload.getEventId(), payload.getTeamId(), event.getType(), event.getChannel(),
                        event.getUser(), event.getEventTs()), SlackWork.home(workspace(payload), event.getUser()));
            }
            return ctx.ack();
        });

        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            log.warn("The app was uninstalled from team {}", LogSafe.text(payload.getTeamId()));
            stopServing(payload, "The app was uninstalled from Slack.");
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            var tokens = payload.getEvent().getTokens();
            boolean botRevoked = tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty();
            log.warn("Tokens were revoked in team {} (bot token: {})", LogSafe.text(payload.getTeamId()), botRevoked);
            if (botRevoked) {
                stopServing(payload, "The app's tokens were revoked.");
            }
            return ctx.ack();
        });
    }

    /**
     * The workspace cannot be served any more: forget its tokens (many workspaces) and pause its
     * tips, saying why. If the database is down the ack still goes (the tips then fail and pause).
     */
    private void stopServing(EventsApiPayload<?> payload, String reason) {
        boolean organisationWide = payload.getAuthorizations() != null && payload.getAuthorizations().stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getIsEnterpriseInstall()));
        String enterprise = payload.getEnterpriseId();
        String team = payload.getTeamId();
        database.submit(() -> {
            try {
                workspaces.forget(enterprise, team, organisationWide);
                Instant now = Instant.now();
                // People's own data goes after the grace period, unless the app comes back.
                profiles.workspaceRemoved(Platform.SLACK, workspaces.many()
                        ? workspaces.key(enterprise, organisationWide ? "" : team) : "", now);
                if (!workspaces.many()) {
                    subscriptions.pauseAll(SlackTipSender.PLATFORM, reason, now);
                } else if (organisationWide) {
                    subscriptions.pauseWorkspacePrefix(SlackTipSender.PLATFORM, workspaces.key(enterprise, ""),
                            reason, now);
                } else {
                    subscriptions.pauseWorkspace(SlackTipSender.PLATFORM, workspaces.key(enterprise, team), reason,
                            now);
                }
            } catch (RuntimeException e) {
                log.warn("Could not stop serving the workspace ({}): {}", reason, e.getClass().getSimpleName());
            }
        });
    }

    /** Does saved work, after the acknowledgement, with its workspace's bot token. */
    public void perform(SlackWork work) {
        String key = work.workspace() == null ? "" : work.workspace();
        Optional<String> token = workspaces.botToken(key);
        if (token.isEmpty()) {
            log.info("Dropped work for workspace {}, which no longer has the app installed", LogSafe.text(key));
            return;
        }
        SlackReplies to = replies.forToken(token.get());
        switch (work.kind()) {
            case REPLY -> reply(to, key, work);
            case HOME -> to.publishHome(work.userId(), home.view(engine.model(), Optional.empty()));
            case TIPS -> command(to, key, work);
            case PRESS -> pressed(to, key, work);
            case SUBMIT -> toPerson(to, work.userId(),
                    router.submitted(work.answers(), asker(key, work, to, Asker.Privacy.PRIVATE)));
        }
    }

    private String workspace(String enterpriseId, String teamId) {
        return workspaces.key(enterpriseId, teamId);
    }

    private String workspace(EventsApiPayload<?> payload) {
        return workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
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
    private static String commandKey() {
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
    private static String question(String text) {
        String question = MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
        return question.length() > LONGEST_QUESTION ? question.substring(0, LONGEST_QUESTION) : question;
    }

    /**
     * A mention or a direct message. An answer about the person, asked in a channel, goes to
     * them in a direct message, with a note in the thread saying so.
     */
    private void reply(SlackReplies to, String workspace, SlackWork work) {
        boolean direct = isDirectMessage(work.channel());
        Reply reply = router.typed(work.text(), asker(workspace, named(work, to), to,
                direct ? Asker.Privacy.PRIVATE : Asker.Privacy.SHARED_CAN_MESSAGE_DIRECTLY));
        if (reply.personal() && !direct) {
            toPerson(to, work.userId(), reply);
            to.post(work.channel(), work.threadTs(), note("I've sent you the answer in a direct message",
                    "Answers about you are for you alone."));
            return;
        }
        to.post(work.channel(), work.threadTs(), reply.answer());
        to.upload(work.channel(), work.threadTs(), reply.attachments());
    }

    /** A slash command answered from the database: only to the person, unless they added "public". */
    private void command(SlackReplies to, String workspace, SlackWork work) {
        Reply reply = router.typed(work.text(), asker(workspace, work, to, Asker.Privacy.PRIVATE));
        if (openedForm(to, work, reply)) {
            return;
        }
        boolean inChannel = reply.inConversation() || reply.personal() && work.shared();
        to.respond(work.responseUrl(), withFilesNote(reply), inChannel);
        sendFiles(to, work.userId(), reply);
    }

    private void pressed(SlackReplies to, String workspace, SlackWork work) {
        Reply reply = router.pressed(work.text(), asker(workspace, work, to, work.privately()
                ? Asker.Privacy.PRIVATE : Asker.Privacy.SHARED_CAN_MESSAGE_DIRECTLY));
        if (openedForm(to, work, reply)) {
            return;
        }
        if (reply.personal() && !work.privately()) {
            // Pressed on a message others see: the answer must not replace it.
            toPerson(to, work.userId(), reply);
            return;
        }
        Answer answer = withFilesNote(reply);
        if (work.fromHome()) {
            to.publishHome(work.userId(), home.view(engine.model(), Optional.of(answer)));
        } else {
            to.replaceOriginal(work.responseUrl(), answer);
        }
        sendFiles(to, work.userId(), reply);
    }

    /** The self-assessment opens as a modal while the trigger id is fresh; false if it could not. */
    private static boolean openedForm(SlackReplies to, SlackWork work, Reply reply) {
        return reply.form().isPresent() && work.triggerId() != null
                && to.openView(work.triggerId(), AssessmentModal.view(reply.form().get()));
    }

    /** A personal answer in the person's direct messages with the bot, files included. */
    private static void toPerson(SlackReplies to, String userId, Reply reply) {
        Optional<String> channel = to.directMessageChannel(userId);
        if (channel.isEmpty()) {
            log.warn("Could not open a direct message to send a personal answer");
            return;
        }
        to.post(channel.get(), null, reply.answer());
        to.upload(channel.get(), null, reply.attachments());
    }

    private static void sendFiles(SlackReplies to, String userId, Reply reply) {
        if (!reply.attachments().isEmpty()) {
            to.directMessageChannel(userId).ifPresent(channel -> to.upload(channel, null, reply.attachments()));
        }
    }

    private static Answer withFilesNote(Reply reply) {
        Answer answer = reply.answer();
        if (reply.attachments().isEmpty()) {
            return answer;
        }
        List<Answer.Section> sections = new ArrayList<>(answer.sections());
        sections.add(Answer.Section.text("", reply.attachments().size() == 1
                ? "I've sent you the " + (reply.attachments().get(0).isImage() ? "chart" : "file")
                        + " in a direct message." : "I've sent you the files in a direct message."));
        return new Answer(answer.title(), sections, answer.actions(), answer.link(), answer.outcome());
    }

    private static Answer note(String title, String text) {
        return new Answer(title, List.of(Answer.Section.text("", text)), List.of(), Optional.empty());
    }

    private static boolean isDirectMessage(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private static String withoutPublic(String text) {
        return PUBLIC_SUFFIX.matcher(text).replaceAll("");
    }

    /**
     * A mention or a direct message carries no user name: a tips command announces who made the
     * change, so only then is the name read from Slack.
     */
    private static SlackWork named(SlackWork work, SlackReplies to) {
        if (work.userName() != null || work.userId() == null || !ConversationRouter.isTipsCommand(work.text())) {
            return work;
        }
        return new SlackWork(work.kind(), work.workspace(), work.channel(), work.threadTs(), work.text(), work.userId(),
                to.userName(work.userId()).orElse(null), work.responseUrl(), work.fromHome(), work.triggerId(),
                work.shared(), work.privately(), work.answers());
    }

    /**
     * Slack always sends these; a signed request without them is not Slack's and is acknowledged
     * without being answered, as there is nowhere to answer.
     */
    private static boolean complete(String... required) {
        for (String value : required) {
            if (value == null || value.isBlank()) {
                log.info("Ignored a Slack request without the channel, user or time it needs");
                return false;
            }
        }
        return true;
    }

    /** Who asked, for saved work: their time zone is read from Slack only if a tips command needs it. */
    private static Asker asker(String workspace, SlackWork work, SlackReplies to, Asker.Privacy privacy) {
        String userId = work.userId();
        return asker(workspace, work.channel(), userId, work.userName(),
                () -> userId == null ? Optional.empty() : to.userTimeZone(userId), privacy);
    }

    private static Asker asker(String workspace, String channel, String userId, String userName,
                               Supplier<Optional<String>> timeZone, Asker.Privacy privacy) {
        String plain = DisplayNames.plain(userName);
        return new Asker(Platform.SLACK, SlackWording.INSTANCE, workspace, channel, Optional.empty(),
                userId == null ? "" : userId, plain.isEmpty() ? "Someone" : "@" + plain, timeZone, channel != null,
                TIPS_WAIT, privacy);
    }

    /** A person's new message in a direct message with the bot: not a bot, not an edit, not the bot itself. */
    private static boolean isPersonInDirectMessage(MessageEvent event, EventContext ctx) {
        return "im".equals(event.getChannelType())
                && event.getSubtype() == null
                && event.getBotId() == null
                && event.getUser() != null
                && !event.getUser().equals(ctx.getBotUserId());
    }

    static Response unmatched() {
        return Response.ok();
    }
}
