package uk.gov.ddat.capability.bot.slack;

import static uk.gov.ddat.capability.bot.slack.SlackAskers.asker;
import static uk.gov.ddat.capability.bot.slack.SlackRequests.isDirectMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.core.Reply;
import uk.gov.ddat.capability.bot.support.LogSafe;

/**
 * Does the work saved by the handlers, after the acknowledgement, with the bot token of the
 * workspace it came from: answers mentions, direct messages, slash commands, button presses and
 * modal submissions, sending what is personal to the person alone.
 */
final class SlackWorkReplies {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkReplies.class);

    private final ConversationEngine engine;
    private final SlackReplies replies;
    private final HomeTab home;
    private final ConversationRouter router;
    private final SlackWorkspaces workspaces;

    SlackWorkReplies(ConversationEngine engine, SlackReplies replies, HomeTab home, ConversationRouter router,
                     SlackWorkspaces workspaces) {
        this.engine = engine;
        this.replies = replies;
        this.home = home;
        this.router = router;
        this.workspaces = workspaces;
    }

    /** Does saved work, after the acknowledgement, with its workspace's bot token. */
    void perform(SlackWork work) {
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

    /**
     * A mention or a direct message. An answer about the person, asked in a channel, goes to
     * them in a direct message, with a note in the thread saying so.
     */
    private void reply(SlackReplies to, String workspace, SlackWork work) {
        boolean direct = isDirectMessage(work.channel());
        Reply reply = router.typed(work.text(), asker(workspace, SlackAskers.named(work, to), to,
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
}
