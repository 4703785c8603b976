package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;

import uk.gov.ddat.capability.bot.support.RetryPolicy;
import uk.gov.ddat.capability.bot.support.RetryPolicy.Outcome;

/**
 * Slack Web API calls, retried where that can help (rate limits, honouring Retry-After;
 * timeouts; Slack's own errors) and logged with Slack's request id where it cannot.
 */
final class SlackApiCalls {

    /** Errors that no retry will fix. */
    private static final Set<String> PERMANENT = Set.of("not_in_channel", "channel_not_found", "is_archived",
            "invalid_auth", "account_inactive", "token_revoked", "no_permission", "missing_scope",
            "restricted_action", "msg_too_long", "invalid_blocks", "user_not_found", "expired_trigger_id",
            "invalid_trigger_id", "exchanged_trigger_id", "view_too_large", "invalid_arguments", "cannot_dm_bot",
            "user_disabled", "file_uploads_disabled", "file_upload_size_restricted");

    private static final Logger log = LoggerFactory.getLogger(SlackApiCalls.class);

    private final RetryPolicy retry;

    SlackApiCalls(RetryPolicy retry) {
        this.retry = retry;
    }

    @FunctionalInterface
    interface ApiCall {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    /**
     * How a Web API call ended, after any retries. {@code httpStatus} is the HTTP status when that
     * is what failed, 0 otherwise (Slack's own error code).
     */
    record Result(boolean ok, String error, boolean permanent, int httpStatus) {

        Result(boolean ok, String error, boolean permanent) {
            this(ok, error, permanent, 0);
        }
    }

    boolean call(String method, ApiCall call) {
        return attempt(method, call).ok();
    }

    Result attempt(String method, ApiCall call) {
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

    /** files.uploadV2, whose failures come as their own exception besides Slack's error codes. */
    boolean upload(MethodsClient methods, String channel, String threadTs,
                   List<FilesUploadV2Request.UploadFile> uploads) {
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

    static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
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
