package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.webhook.WebhookResponse;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.support.RetryPolicy;
import uk.gov.ddat.capability.bot.support.RetryPolicy.Outcome;

/**
 * Answers through a response_url (a slash command's, or a button's to replace its message): only
 * to addresses under Slack's prefix, retried on rate limits and server errors.
 */
final class ResponseUrlReplies {

    private static final Logger log = LoggerFactory.getLogger(ResponseUrlReplies.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Slack slack;
    private final BlockKitRenderer renderer;
    private final String responseUrlPrefix;
    private final RetryPolicy retry;

    ResponseUrlReplies(Slack slack, BlockKitRenderer renderer, String responseUrlPrefix, RetryPolicy retry) {
        this.slack = slack;
        this.renderer = renderer;
        this.responseUrlPrefix = responseUrlPrefix;
        this.retry = retry;
    }

    /** Answers a slash command later, in the channel or only to the user. */
    boolean respond(String responseUrl, Answer answer, boolean inChannel) {
        if (!trusted(responseUrl)) {
            return false;
        }
        SlackMessage message = renderer.message(answer);
        return send(responseUrl, GSON.toJson(Map.of(
                "response_type", inChannel ? "in_channel" : "ephemeral", "text", message.text(),
                "blocks", message.blocks())));
    }

    /** Replaces the message a button was pressed on; an apology only to the presser if that fails. */
    boolean replaceOriginal(String responseUrl, Answer answer) {
        if (!trusted(responseUrl)) {
            return false;
        }
        SlackMessage message = renderer.message(answer);
        Map<String, Object> body = Map.of("replace_original", true, "text", message.text(), "blocks", message.blocks());
        if (send(responseUrl, GSON.toJson(body))) {
            return true;
        }
        send(responseUrl, GSON.toJson(Map.of("replace_original", false, "response_type", "ephemeral", "text",
                SlackReplies.APOLOGY)));
        return false;
    }

    private boolean trusted(String responseUrl) {
        if (responseUrl == null || !responseUrl.startsWith(responseUrlPrefix)) {
            log.warn("Ignoring a response_url outside {}", responseUrlPrefix);
            return false;
        }
        return true;
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
                return Outcome.again(false, SlackApiCalls.retryAfter(response.getHeaders()));
            } catch (IOException e) {
                log.warn("response_url failed (attempt {}): {}", attempt, e.toString());
                return Outcome.again(false);
            }
        });
    }
}
