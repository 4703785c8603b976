package uk.gov.ddat.capability.bot.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The read-only JSON API (application.yml, "api.*").
 *
 * @param enabled        API_ENABLED: serve /api/v1/**; off by default (404)
 * @param cacheMaxAge    API_CACHE_MAX_AGE: how long clients and caches may keep an answer (Cache-Control max-age)
 * @param ratePerMinute  API_RATE_PER_MINUTE: requests one caller (remote address) may make a minute; more get 429
 * @param maxCallers     API_RATE_MAX_CALLERS: the most callers whose counts are kept at once
 * @param maxQueryLength API_MAX_QUERY_LENGTH: the longest search text (q), in characters; longer gets 400
 */
@ConfigurationProperties("api")
public record ApiProperties(boolean enabled, Duration cacheMaxAge, int ratePerMinute, int maxCallers,
                            int maxQueryLength) {

    public ApiProperties {
        cacheMaxAge = cacheMaxAge == null ? Duration.ofSeconds(300) : cacheMaxAge;
        ratePerMinute = ratePerMinute <= 0 ? 60 : ratePerMinute;
        maxCallers = maxCallers <= 0 ? 10_000 : maxCallers;
        maxQueryLength = maxQueryLength <= 0 ? 200 : maxQueryLength;
    }
}
