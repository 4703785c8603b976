package uk.gov.ddat.capability.bot.web;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page is for errors: asked for directly (GET /error) it would report a server error
 * that never happened, so a direct request to it is a plain 404. Error dispatches (the container
 * forwarding a real error) do not pass through this filter.
 */
public class DirectErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;

    public DirectErrorPathFilter(String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(errorPath) || path.startsWith(errorPath + "/") || path.startsWith(errorPath + ".")) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Not found");
            return;
        }
        chain.doFilter(request, response);
    }
}
