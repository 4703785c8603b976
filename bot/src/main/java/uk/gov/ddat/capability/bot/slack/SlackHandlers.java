package uk.gov.ddat.capability.bot.slack;

import static uk.gov.ddat.capability.bot.slack.SlackRequests.commandKey;
import static uk.gov.ddat.capability.bot.slack.SlackRequests.complete;
import static uk.gov.ddat.capability.bot.slack.SlackRequests.eventKey;
import static uk.gov.ddat.capability.bot.slack.SlackRequests.question;
import static uk.gov.ddat.capability.bot.slack.SlackRequests.withoutPublic;

import java.util.Optional;
import java.util.regex.Pattern;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
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
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;

/**
 * What the bot does with each kind of Slack request. Every handler acknowledges at once; replies
 * that need a Web API call are saved as {@link SlackWork} before the acknowledgement and done by
 * the {@link SlackWorker} after it ({@link SlackWorkReplies}), with the bot token of the
 * workspace the request came from.
 */
public class SlackHandlers {

    static final String COMMAND = "/skills";

    private final ConversationRouter router;
    private final SlackWorkspaces workspaces;
    private final CommandAcks commandAcks;
    private final SlackWorkReplies work;
    private final WorkspaceRemoval removal;

    public SlackHandlers(ConversationEngine engine, BlockKitRenderer renderer, SlackReplies replies, HomeTab home,
                         ConversationRouter router, SubscriptionStore subscriptions, TimeBox database,
                         SlackWorkspaces workspaces, ProfileStore profiles) {
        this.workspaces = workspaces;
        this.commandAcks = new CommandAcks(renderer);
        this.router = router;
        this.work = new SlackWorkReplies(engine, replies, home, router, workspaces);
        this.removal = new WorkspaceRemoval(workspaces, subscriptions, profiles, database);
    }

    /**
     * Registers the handlers. Work that cannot go in the acknowledgement is handed to
     * {@code worker}, which saves it before the ack and does it afterwards.
     */
    public void register(App app, SlackWorker worker) {
        app.command(COMMAND, (request, ctx) -> {
            var command = request.getPayload();
            String text = command.getText() == null ? "" : command.getText();
            boolean share = SlackRequests.endsWithPublic(text);
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
            Asker asker = SlackAskers.asker(workspace(ctx.getEnterpriseId(), ctx.getTeamId()), command.getChannelId(),
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
            if (SlackRequests.isPersonInDirectMessage(event, ctx)
                    && complete(event.getChannel(), event.getUser(), event.getTs())) {
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
                    || SlackRequests.isDirectMessage(channel);
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
            removal.uninstalled(payload);
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            removal.tokensRevoked(payload);
            return ctx.ack();
        });
    }

    /** Does saved work, after the acknowledgement, with its workspace's bot token. */
    public void perform(SlackWork saved) {
        work.perform(saved);
    }

    private String workspace(String enterpriseId, String teamId) {
        return workspaces.key(enterpriseId, teamId);
    }

    private String workspace(EventsApiPayload<?> payload) {
        return workspaces.key(payload.getEnterpriseId(), payload.getTeamId());
    }

    static Response unmatched() {
        return Response.ok();
    }
}
