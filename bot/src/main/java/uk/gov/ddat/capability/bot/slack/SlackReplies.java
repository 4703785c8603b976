package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.support.RetryPolicy;
import uk.gov.ddat.capability.bot.support.RetryPolicy.Outcome;
import uk.gov.ddat.capability.bot.support.Sleeper;
import uk.gov.ddat.capability.bot.tips.TipSender;

/**
 * Sends the bot's messages to Slack: retried where that can help (rate limits, honouring
 * Retry-After; timeouts; Slack's own errors), logged with Slack's request id where it cannot, and
 * followed by a short apology when the answer itself could not be delivered.
 */
public class SlackReplies {

    static final String APOLOGY = "Sorry, I couldn't send that answer just now. Please try again in a moment.";

    /** Errors that no retry will fix. */
    private static final Set<String> PERMANENT = Set.of("not_in_channel", "channel_not_found", "is_archived",
            "invalid_auth", "account_inactive", "token_revoked", "no_permission", "missing_scope",
            "restricted_action", "msg_too_long", "invalid_blocks", "user_not_found", "expired_trigger_id",
            "invalid_trigger_id", "exchanged_trigger_id", "view_too_large", "invalid_arguments", "cannot_dm_bot",
            "user_disabled", "file_uploads_disabled", "file_upload_size_restricted");

    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);

    private final Slack slack;
    private final MethodsClient methods;
    private final BlockKitRenderer renderer;
    private final String responseUrlPrefix;
    private final RetryPolicy retry;
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private final ChannelPacer pacer;
    private final String botToken;

    public SlackReplies(Slack slack, String botToken, BlockKitRenderer renderer, String responseUrlPrefix,
                        Sleeper sleeper) {
        this(slack, botToken, renderer, responseUrlPrefix, sleeper, new ChannelPacer(Duration.ofSeconds(1)));
    }

    SlackReplies(Slack slack, String botToken, BlockKitRenderer renderer, String responseUrlPrefix, Sleeper sleeper,
                 ChannelPacer pacer) {
        this.pacer = pacer;
        this.slack = slack;
        this.botToken = botToken;
        this.methods = slack.methods(botToken);
        this.renderer = renderer;
        this.responseUrlPrefix = responseUrlPrefix;
        this.retry = RetryPolicy.platformApi(sleeper);
    }

    private SlackReplies(SlackReplies base, String botToken) {
        this.slack = base.slack;
        this.botToken = botToken;
        this.methods = slack.methods(botToken);
        this.renderer = base.renderer;
        this.responseUrlPrefix = base.responseUrlPrefix;
        this.retry = base.retry;
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
        boolean sent = call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel)
                .threadTs(threadTs).text(message.text()).blocks(message.blocks())));
        if (!sent) {
            call("chat.postMessage (apology)", () -> methods.chatPostMessage(r -> r.channel(channel)
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
        Result result = attempt("chat.postMessage (tip)", () -> paced(channel, () -> methods.chatPostMessage(r -> r
                .channel(channel).text(message.text()).blocks(message.blocks()))));
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
        if (responseUrl == null || !responseUrl.startsWith(responseUrlPrefix)) {
            log.warn("Ignoring a response_url outside {}", responseUrlPrefix);
            return false;
        }
        SlackMessage message = renderer.message(answer);
        return send(responseUrl, GSON.toJson(Map.of(
                "response_type", inChannel ? "in_channel" : "ephemeral", "text", message.text(),
                "blocks", message.blocks())));
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
        if (responseUrl == null || !responseUrl.startsWith(responseUrlPrefix)) {
            log.warn("Ignoring a response_url outside {}", responseUrlPrefix);
            return false;
        }
        SlackMessage message = renderer.message(answer);
        Map<String, Object> body = Map.of("replace_original", true, "text", message.text(), "blocks", message.blocks());
        if (send(responseUrl, GSON.toJson(body))) {
            return true;
        }
        send(responseUrl, GSON
                .toJson(Map.of("replace_original", false, "response_type", "ephemeral", "text", APOLOGY)));
        return false;
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
        boolean opened = call("conversations.open", () -> {
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
        return retry.run(attempt -> {
            try {
                var response = methods.filesUploadV2(r -> r.channel(channel).threadTs(threadTs).uploadFiles(uploads)
                        .requestFileInfo(false));
                if (response.isOk()) {
                    return Outcome.done(true);
                }
                log.warn("Slack files.uploadV2 failed: {}", response.getError());
                return PERMANENT.contains(response.getError()) ? Outcome.done(false)
                        : Outcome.again(false, retryAfter(response.getHttpResponseHeaders()));
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                log.warn("Slack files.uploadV2 failed with HTTP {}", status);
                return status != 429 && status < 500 ? Outcome.done(false)
                        : Outcome.again(false, RetryPolicy.retryAfter(e.getResponse().header("Retry-After")));
            } catch (IOException | SlackFilesUploadV2Exception e) {
                log.warn("Slack files.uploadV2 failed: {}", e.getClass().getSimpleName());
                return Outcome.again(false);
            }
        });
    }

    /** Publishes a user's Home tab. */
    public boolean publishHome(String userId, View view) {
        return call("views.publish", () -> methods.viewsPublish(r -> r.userId(userId).view(view)));
    }

    /** Slack allows about one message a second in a channel. */
    private SlackApiTextResponse paced(String channel, ApiCall call) throws IOException, SlackApiException {
        try {
            pacer.await(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while pacing", e);
        }
        return call.call();
    }

    private boolean send(String url, String json) {
        return retry.run(attempt -> {
            try {
                WebhookResponse response = slack.send(url, json);
                int status = response.getCode();
                if (status == 200) {
                    return Outcome.done(true);
                }
                if (status != 429 && status < 500) {
                    log.warn("response_url answered {}: {}", status, LogSafe.text(response.getBody(), 200));
                    return Outcome.done(false);
                }
                return Outcome.again(false, retryAfter(response.getHeaders()));
            } catch (IOException e) {
                log.warn("response_url failed (attempt {}): {}", attempt, e.toString());
                return Outcome.again(false);
            }
        });
    }

    @FunctionalInterface
    private interface ApiCall {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    /** How a Web API call ended, after any retries. */
    /** {@code httpStatus} is the HTTP status when that is what failed, 0 otherwise (Slack's own error code). */
    record Result(boolean ok, String error, boolean permanent, int httpStatus) {

        Result(boolean ok, String error, boolean permanent) {
            this(ok, error, permanent, 0);
        }
    }

    private boolean call(String method, ApiCall call) {
        return attempt(method, call).ok();
    }

    private Result attempt(String method, ApiCall call) {
        return retry.run(attempt -> {
            try {
                SlackApiTextResponse response = call.call();
                if (response.isOk()) {
                    return Outcome.done(new Result(true, "", false));
                }
                String requestId = requestId(response.getHttpResponseHeaders());
                boolean permanent = PERMANENT.contains(response.getError());
                Result failed = new Result(false, response.getError(), permanent);
                if (permanent || retry.isLast(attempt)) {
                    log.warn("Slack {} failed: {} (request id {})", method, response.getError(), requestId);
                    return Outcome.done(failed);
                }
                log.info("Slack {} answered {} (request id {}); retrying", method, response.getError(), requestId);
                return Outcome.again(failed, retryAfter(response.getHttpResponseHeaders()));
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                String requestId = e.getResponse().header("x-slack-req-id");
                boolean permanent = status != 429 && status < 500;
                Result failed = new Result(false, "HTTP " + status, permanent, status);
                if (permanent || retry.isLast(attempt)) {
                    log.warn("Slack {} failed with HTTP {} (request id {}): {}", method, status, requestId,
                            e.getError() == null ? "" : e.getError().getError());
                    return Outcome.done(failed);
                }
                log.info("Slack {} answered HTTP {} (request id {}); retrying", method, status, requestId);
                return Outcome.again(failed, RetryPolicy.retryAfter(e.getResponse().header("Retry-After")));
            } catch (IOException e) {
                if (retry.isLast(attempt)) {
                    log.warn("Slack {} failed: {}", method, e.toString());
                } else {
                    log.info("Slack {} failed ({}); retrying", method, e.toString());
                }
                return Outcome.again(new Result(false, e.getClass().getSimpleName(), false));
            }
        });
    }

    private static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        List<String> values = header(headers, "retry-after");
        return values == null || values.isEmpty() ? Optional.empty() : RetryPolicy.retryAfter(values.get(0));
    }

    private static String requestId(Map<String, List<String>> headers) {
        List<String> values = header(headers, "x-slack-req-id");
        return values == null || values.isEmpty() ? "unknown" : values.get(0);
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        return headers.entrySet().stream().filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }
}
