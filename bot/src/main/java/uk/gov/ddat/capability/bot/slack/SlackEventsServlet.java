package uk.gov.ddat.capability.bot.slack;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bolt's servlet, except that a body Bolt cannot parse is a 400 Bad Request rather than a server
 * error. Bolt reads the raw body itself (it needs it to check the signature), so nothing here
 * touches the request's parameters.
 */
public class SlackEventsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    public SlackEventsServlet(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(request);
        } catch (RuntimeException e) {
            log.info("Refused a Slack request that could not be parsed: {}", e.toString());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Bad request");
            return;
        }
        if (slackRequest == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try {
            Response slackResponse = app.run(slackRequest);
            adapter.writeResponse(response, slackResponse);
        } catch (Exception e) {
            log.error("Slack request failed", e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }
}
