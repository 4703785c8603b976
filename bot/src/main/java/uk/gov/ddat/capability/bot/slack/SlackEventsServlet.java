package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonParseException;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.web.BodyTooLargeException;

/**
 * Bolt's servlet, with what Bolt leaves out: a request timestamp more than five minutes away
 * from now, either way, is refused before the body is read (Bolt only refuses old ones); a body
 * over the limit is a 413, one Bolt cannot parse a 400, and one that arrives while Bolt cannot
 * start (Slack refuses the bot token, or cannot be reached) a 503, never a server error. Bolt
 * reads the raw body itself (it needs it to check the signature), so nothing here touches the
 * request's parameters. What is logged about a refused request is its reason and size, never its
 * body.
 */
public class SlackEventsServlet extends HttpServlet {

    static final Duration TIMESTAMP_WINDOW = Duration.ofMinutes(5);
    static final String TIMESTAMP_HEADER = "X-Slack-Request-Timestamp";

    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;
    private final transient Clock clock;
    private final boolean checkTimestamp;

    public SlackEventsServlet(App app, Clock clock) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
        this.clock = clock;
        this.checkTimestamp = app.config().getSigningSecret() != null && !app.config().getSigningSecret().isBlank();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (checkTimestamp && !recent(request.getHeader(TIMESTAMP_HEADER))) {
            log.info("Refused a Slack request whose timestamp is missing or over {} minutes from now",
                    TIMESTAMP_WINDOW.toMinutes());
            plain(response, HttpServletResponse.SC_UNAUTHORIZED, "Invalid request");
            return;
        }
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(request);
        } catch (IOException | RuntimeException e) {
            if (BodyTooLargeException.isCause(e)) {
                log.info("Refused a Slack request body over the limit");
                response.setHeader("Connection", "close");
                plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request body too large");
                return;
            }
            log.info("Refused a Slack request that could not be parsed ({})", e.getClass().getSimpleName());
            response.setHeader("Connection", "close"); // the rest of a body cut off (too slow) is not waited for
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request");
            return;
        }
        if (slackRequest == null) {
            // Bolt's own warning would log the whole body, so it is turned off (application.yml).
            log.info("Refused a Slack request of no known kind ({} bytes, {})", request.getContentLengthLong(),
                    LogSafe.text(request.getContentType(), 60));
            plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request");
            return;
        }
        try {
            Response slackResponse = app.run(slackRequest);
            if (slackResponse.getStatusCode() == HttpServletResponse.SC_UNAUTHORIZED) {
                log.info("Refused a Slack request with a bad signature");
            }
            adapter.writeResponse(response, slackResponse);
        } catch (Exception e) {
            if (app.status() == App.Status.Stopped) {
                // Bolt starts on the first request by checking the bot token with auth.test, and tries
                // again on every request until that works: a token Slack refuses, or a Slack API that
                // cannot be reached, is the operator's to fix, and Slack may retry later.
                log.warn("Refused a Slack request: the Slack app could not start ({}); check SLACK_BOT_TOKEN "
                        + "and that the bot can reach the Slack API", LogSafe.text(e.getMessage(), 200));
                response.setHeader("Retry-After", "30");
                plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable");
                return;
            }
            if (e instanceof JsonParseException) {
                // Signed, but a field is not of the type Slack sends (a string for an object, a word for a number).
                log.info("Refused a Slack request with a field of the wrong type ({})", e.getClass().getSimpleName());
                plain(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request");
                return;
            }
            log.error("Slack request failed ({})", e.getClass().getName());
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** Within five minutes of now, in the past or the future. */
    private boolean recent(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            long seconds = Long.parseLong(timestamp.trim());
            return Math.abs(clock.millis() / 1000 - seconds) <= TIMESTAMP_WINDOW.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(text);
    }
}
