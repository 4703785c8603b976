package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.model.view.View;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.RetryPolicy;
import uk.gov.ddat.capability.bot.support.Sleeper;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Sends the bot's messages to Slack: retried where that can help ({@link SlackApiCalls}), and
 * followed by a short apology when the answer itself could not be delivered. Answers through a
 * response_url go by {@link ResponseUrlReplies}.
 */
public class SlackReplies {

    static final String APOLOGY = "Sorry, I couldn't send that answer just now. Please try again in a moment.";

    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

    private final Slack slack;
    private final MethodsClient methods;
    private final BlockKitRenderer renderer;
    private final SlackApiCalls calls;
    private final ResponseUrlReplies responseUrls;
    private final ChannelPacer pacer;
    private final String botToken;

    public SlackReplies(Slack slack, String botToken, BlockKitRenderer renderer, String responseUrlPrefix,
                        Sleeper sleeper) {
        this(slack, botToken, renderer, responseUrlPrefix, sleeper, new ChannelPacer(Duration.ofSeconds(1)));
    }

    SlackReplies(Slack slack, String botToken, BlockKitRenderer renderer, String responseUrlPrefix, Sleeper sleeper,
                 ChannelPacer pacer) {
        RetryPolicy retry = RetryPolicy.platformApi(sleeper);
        this.pacer = pacer;
        this.slack = slack;
        this.botToken = botToken;
        this.methods = slack.methods(botToken);
        this.renderer = renderer;
        this.calls = new SlackApiCalls(retry);
        this.responseUrls = new ResponseUrlReplies(slack, renderer, responseUrlPrefix, retry);
    }

    private SlackReplies(SlackReplies base, String botToken) {
        this.slack = base.slack;
        this.botToken = botToken;
        this.methods = slack.methods(botToken);
        this.renderer = base.renderer;
        this.calls = base.calls;
        this.responseUrls = base.responseUrls;
        this.pacer = base.pacer;
    }

    /** The same replies with another workspace's bot token (an app serving many workspaces), paced together. */
    public SlackReplies forToken(String token) {
        return token == null || token.equals(botToken) ? this : new SlackReplies(this, token);
    }

    /**
     * Posts an answer to a channel, in a thread when {@code threadTs} is given. The caller has
     * already waited for the channel's slot ({@link SlackWorker} schedules it for then).
     */
    public boolean post(String channel, String threadTs, Answer answer) {
        SlackMessage message = renderer.message(answer);
        boolean sent = calls.call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel)
                .threadTs(threadTs).text(message.text()).blocks(message.blocks())));
        if (!sent) {
            calls.call("chat.postMessage (apology)", () -> methods.chatPostMessage(r -> r.channel(channel)
                    .threadTs(threadTs).text(APOLOGY)));
        }
        return sent;
    }

    /**
     * Posts a daily tip to a channel: no apology on failure, the outcome goes back to the
     * scheduler. Called on a tip-sending thread, which waits for the channel's slot itself.
     */
    public TipSender.Outcome postTip(String channel, Answer tip) {
        SlackMessage message = renderer.message(tip);
        SlackApiCalls.Result result = calls.attempt("chat.postMessage (tip)", () -> paced(channel,
                () -> methods.chatPostMessage(r -> r.channel(channel).text(message.text()).blocks(message.blocks()))));
        if (result.ok()) {
            return TipSender.Outcome.sent();
        }
        if (result.httpStatus() > 0) {
            return result.permanent() ? TipSender.Outcome.permanentHttpError(result.httpStatus())
                    : TipSender.Outcome.transientHttpError(result.httpStatus(), Optional.empty());
        }
        return result.permanent() ? TipSender.Outcome.permanentError(result.error())
                : TipSender.Outcome.transientError(result.error(), Optional.empty());
    }

    /** Answers a slash command later, through its response_url, in the channel or only to the user. */
    public boolean respond(String responseUrl, Answer answer, boolean inChannel) {
        return responseUrls.respond(responseUrl, answer, inChannel);
    }

    /** A user's time zone from their Slack profile, if it can be read. */
    public Optional<String> userTimeZone(String userId) {
        try {
            var response = methods.usersInfo(r -> r.user(userId));
            return response.isOk() && response.getUser() != null
                    ? Optional.ofNullable(response.getUser().getTz()) : Optional.empty();
        } catch (IOException | SlackApiException e) {
            log.info("Could not read a user's time zone: {}", e.toString());
            return Optional.empty();
        }
    }

    /** A user's Slack name (display name, else real name), if it can be read: for tips announcements. */
    public Optional<String> userName(String userId) {
        try {
            var response = methods.usersInfo(r -> r.user(userId));
            if (!response.isOk() || response.getUser() == null) {
                return Optional.empty();
            }
            var profile = response.getUser().getProfile();
            String name = profile == null ? null : profile.getDisplayName();
            return Optional.ofNullable(name == null || name.isBlank() ? response.getUser().getRealName() : name);
        } catch (IOException | SlackApiException e) {
            log.info("Could not read a user's name: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Replaces the message a button was pressed on, through its response_url. */
    public boolean replaceOriginal(String responseUrl, Answer answer) {
        return responseUrls.replaceOriginal(responseUrl, answer);
    }

    /**
     * Opens a modal with a trigger id, which Slack honours for 3 seconds after the click or
     * command: so no retry that waits, and a failure is reported for the caller to fall back on.
     */
    public boolean openView(String triggerId, View view) {
        try {
            var response = methods.viewsOpen(r -> r.triggerId(triggerId).view(view));
            if (!response.isOk()) {
                log.warn("Slack views.open failed: {}", response.getError());
            }
            return response.isOk();
        } catch (IOException | SlackApiException e) {
            log.warn("Slack views.open failed: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The direct message channel between the bot and a person (opened if need be), for what only they may see. */
    public Optional<String> directMessageChannel(String userId) {
        AtomicReference<String> channel = new AtomicReference<>();
        boolean opened = calls.call("conversations.open", () -> {
            var response = methods.conversationsOpen(r -> r.users(List.of(userId)));
            if (response.isOk() && response.getChannel() != null) {
                channel.set(response.getChannel().getId());
            }
            return response;
        });
        return opened ? Optional.ofNullable(channel.get()) : Optional.empty();
    }

    /**
     * Uploads files (the gap chart, an export) into a conversation with files.uploadV2; images
     * carry their alt text. No file information is asked back, as nothing here needs it.
     */
    public boolean upload(String channel, String threadTs, List<Attachment> files) {
        if (files.isEmpty()) {
            return true;
        }
        List<FilesUploadV2Request.UploadFile> uploads = files.stream().map(f -> FilesUploadV2Request.UploadFile
                .builder().fileData(f.content()).filename(f.fileName()).title(BlockKitRenderer.cut(f.isImage()
                        ? "Your skills chart" : f.description(), 250))
                .altTxt(f.isImage() ? BlockKitRenderer.cut(f.description(), 1_000) : null).build()).toList();
        return calls.upload(methods, channel, threadTs, uploads);
    }

    /** Publishes a user's Home tab. */
    public boolean publishHome(String userId, View view) {
        return calls.call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /** Slack allows about one message a second in a channel. */
    private SlackApiTextResponse paced(String channel, SlackApiCalls.ApiCall call)
            throws IOException, SlackApiException {
        try {
            pacer.await(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pacing", e);
        }
        return call.call();
    }
}
