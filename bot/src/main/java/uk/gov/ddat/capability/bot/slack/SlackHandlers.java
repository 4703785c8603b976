package uk.gov.ddat.capability.bot.slack;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
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
import uk.gov.ddat.capability.bot.storage.SeenEvents;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * What the bot does with each kind of Slack request. Every handler acknowledges at once; replies
 * that need a Web API call are sent from an executor after the acknowledgement.
 */
public class SlackHandlers {

    static final String COMMAND = "/skills";
    private static final Pattern PUBLIC_SUFFIX = Pattern.compile("(?i)\\s+public\\s*$|^\\s*public\\s*$");
    private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

    private final ConversationEngine engine;
    private final BlockKitRenderer renderer;
    private final SlackReplies replies;
    private final HomeTab home;
    private final SeenEvents seenEvents;
    private final TipCommands tipCommands;
    private final SubscriptionStore subscriptions;
    private final Executor executor;
    private final SlackWorkspaces workspaces;

    public SlackHandlers(ConversationEngine engine, BlockKitRenderer renderer, SlackReplies replies, HomeTab home,
                         SeenEvents seenEvents, TipCommands tipCommands, SubscriptionStore subscriptions,
                         Executor executor, SlackWorkspaces workspaces) {
        this.engine = engine;
        this.renderer = renderer;
        this.replies = replies;
        this.home = home;
        this.seenEvents = seenEvents;
        this.tipCommands = tipCommands;
        this.subscriptions = subscriptions;
        this.executor = executor;
        this.workspaces = workspaces;
    }

    public void register(App app) {
        app.command(COMMAND, (request, ctx) -> {
            var command = request.getPayload();
            String text = command.getText() == null ? "" : command.getText();
            if (TipCommands.isTipsCommand(text)) {
                // Reads and writes the database (and may look up the user's time zone): after the ack.
                String workspace = workspaces.key(ctx.getEnterpriseId(), ctx.getTeamId());
                SlackReplies workspaceReplies = replies.forToken(ctx.getBotToken());
                executor.execute(() -> tips(text, workspace, command.getChannelId(), command.getUserId(),
                        command.getUserName(), command.getResponseUrl(), workspaceReplies));
                return ctx.ack();
            }
            boolean share = PUBLIC_SUFFIX.matcher(text).find();
            SlackMessage message = renderer.message(engine.answer(PUBLIC_SUFFIX.matcher(text).replaceAll("")));
            // The engine answers in microseconds, so the answer goes back in the acknowledgement itself.
            return ctx.ack(r -> r.responseType(share ? "in_channel" : "ephemeral")
                    .text(message.text()).blocks(message.blocks()));
        });

        app.event(AppMentionEvent.class, (payload, ctx) -> {
            AppMentionEvent event = payload.getEvent();
            if (seenEvents.firstDelivery(payload.getEventId())) {
                String thread = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
                reply(payload.getEventId(), event.getChannel(), thread, event.getText(), ctx.getBotToken());
            }
            return ctx.ack();
        });

        app.event(MessageEvent.class, (payload, ctx) -> {
            MessageEvent event = payload.getEvent();
            if (isPersonInDirectMessage(event, ctx) && seenEvents.firstDelivery(payload.getEventId())) {
                reply(payload.getEventId(), event.getChannel(), event.getThreadTs(), event.getText(),
                        ctx.getBotToken());
            }
            return ctx.ack();
        });
        // Edits, deletions and other bots' messages are not questions.
        app.event(MessageChangedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageDeletedEvent.class, (payload, ctx) -> ctx.ack());
        app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());

        app.blockAction(Pattern.compile("^" + Pattern.quote(BlockKitRenderer.ACTION_PREFIX) + ".*"), (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            String command = payload.getActions().get(0).getValue();
            SlackReplies workspaceReplies = replies.forToken(ctx.getBotToken());
            executor.execute(() -> pressed(payload, command == null ? "" : command, workspaceReplies));
            return ctx.ack();
        });
        // "Show more" opens the published page in the browser; Slack still tells us it was pressed.
        app.blockAction("show-more", (request, ctx) -> ctx.ack());

        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            if ("home".equals(event.getTab()) && seenEvents.firstDelivery(payload.getEventId())) {
                SlackReplies workspaceReplies = replies.forToken(ctx.getBotToken());
                executor.execute(() -> {
                    workspaceReplies.publishHome(event.getUser(), home.view(engine.model(), Optional.empty()));
                    seenEvents.answered(payload.getEventId());
                });
            }
            return ctx.ack();
        });

        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            log.warn("The app was uninstalled from team {}", payload.getTeamId());
            stopServing(payload, "The app was uninstalled from Slack.");
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            var tokens = payload.getEvent().getTokens();
            boolean botRevoked = tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty();
            log.warn("Tokens were revoked in team {} (bot token: {})", payload.getTeamId(), botRevoked);
            if (botRevoked) {
                stopServing(payload, "The app's tokens were revoked.");
            }
            return ctx.ack();
        });
    }

    /** Deletes the workspace's tokens (many workspaces) and pauses its tips, saying why. */
    private void stopServing(EventsApiPayload<?> payload, String reason) {
        boolean organisationWide = payload.getAuthorizations() != null && payload.getAuthorizations().stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.getIsEnterpriseInstall()));
        workspaces.forget(payload.getEnterpriseId(), payload.getTeamId(), organisationWide);
        if (!workspaces.many()) {
            subscriptions.pauseAll(SlackTipSender.PLATFORM, reason, Instant.now());
        } else if (organisationWide) {
            subscriptions.pauseWorkspacePrefix(SlackTipSender.PLATFORM, workspaces.key(payload.getEnterpriseId(), ""),
                    reason, Instant.now());
        } else {
            subscriptions.pauseWorkspace(SlackTipSender.PLATFORM,
                    workspaces.key(payload.getEnterpriseId(), payload.getTeamId()), reason, Instant.now());
        }
    }

    private void tips(String text, String workspace, String channel, String userId, String userName,
                      String responseUrl, SlackReplies workspaceReplies) {
        String who = userName == null || userName.isBlank() ? "Someone" : "@" + userName;
        TipCommands.Context context = new TipCommands.Context(SlackTipSender.PLATFORM, workspace, channel,
                Optional.empty(), userId, who, () -> workspaceReplies.userTimeZone(userId));
        TipCommands.Reply reply;
        try {
            reply = tipCommands.handle(text, context);
        } catch (RuntimeException e) {
            log.error("Tips command failed", e);
            reply = new TipCommands.Reply(TipCommands.unavailable(), false);
        }
        workspaceReplies.respond(responseUrl, reply.answer(), reply.inConversation());
    }

    private void reply(String eventId, String channel, String threadTs, String text, String botToken) {
        String question = MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
        SlackReplies workspaceReplies = replies.forToken(botToken);
        executor.execute(() -> {
            workspaceReplies.post(channel, threadTs, engine.answer(question));
            seenEvents.answered(eventId);
        });
    }

    private void pressed(BlockActionPayload payload, String command, SlackReplies workspaceReplies) {
        Answer answer = engine.answer(command);
        boolean fromHome = payload.getContainer() != null && "view".equals(payload.getContainer().getType());
        if (fromHome) {
            workspaceReplies.publishHome(payload.getUser().getId(), home.view(engine.model(), Optional.of(answer)));
        } else {
            workspaceReplies.replaceOriginal(payload.getResponseUrl(), answer);
        }
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
