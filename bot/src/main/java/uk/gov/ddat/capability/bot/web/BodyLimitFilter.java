package uk.gov.ddat.capability.bot.web;

import java.io.IOException;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import uk.gov.ddat.capability.bot.support.LogSafe;

/**
 * Caps the body of every request on the public port. A declared length over the limit is refused
 * with 413 before a byte is read; a body without a declared length (chunked) is wrapped so that
 * reading past the limit fails, which the servlet or {@link BodyTooLargeAdvice} turns into 413.
 * The body itself is never read here: Bolt must see it untouched to check Slack's signature.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(BodyLimitFilter.class);

    private final long limit;
    private final Duration time;

    public BodyLimitFilter(long limit, Duration time) {
        this.limit = limit;
        this.time = time;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            log.info("Refused a {} byte body to {} (limit {})", declared, LogSafe.text(request.getRequestURI()), limit);
            refuse(response);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, limit, time), response);
    }

    /** 413, and the connection closed so that the unread body is not waited for. */
    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("Request body too large");
    }
}
