package uk.gov.ddat.capability.bot.api;

import java.io.IOException;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * At most so many API requests a minute from one caller; the rest get 429 with Retry-After. The
 * caller is the request's remote address: the forwarded client when Spring Boot is told to trust
 * a proxy's X-Forwarded-For (server.forward-headers-strategy), else the connecting address. The
 * counts are kept for a bounded number of callers, each forgotten a minute after its last request
 * (by then its allowance is whole again anyway).
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PERIOD = Duration.ofMinutes(1);

    private final RateLimiterConfig config;
    private final Cache<String, RateLimiter> callers;

    ApiRateLimitFilter(int perMinute, int maxCallers) {
        this.config = RateLimiterConfig.custom().limitForPeriod(perMinute).limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO).build();
        this.callers = Caffeine.newBuilder().maximumSize(maxCallers).expireAfterAccess(PERIOD).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter limiter = callers.get(request.getRemoteAddr(), caller -> RateLimiter.of("api", config));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(waitNanos(limiter)).toSeconds() + 1);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), ApiProblems.body(HttpStatus.TOO_MANY_REQUESTS,
                "More than " + config.getLimitForPeriod() + " requests a minute; try again in " + seconds
                        + " seconds.", request.getRequestURI()));
    }

    private static long waitNanos(RateLimiter limiter) {
        return limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : PERIOD.toNanos();
    }
}
