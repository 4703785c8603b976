package uk.gov.ddat.capability.bot.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import uk.gov.ddat.capability.framework.load.CurrentFramework;

/**
 * The read-only JSON API, only when API_ENABLED is true: otherwise nothing of it exists and
 * /api/v1/** is a plain 404. Nothing here touches /slack/**, /teams/** or /api/messages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("api.enabled")
@EnableConfigurationProperties(ApiProperties.class)
public class ApiConfiguration {

    @Bean
    OpenApiSpec openApiSpec() {
        return OpenApiSpec.load();
    }

    @Bean
    CurrentApiIndex currentApiIndex(CurrentFramework framework, OpenApiSpec spec) {
        return new CurrentApiIndex(framework, spec);
    }

    /** After the body limit (which it never needs: the API reads no bodies) and any forwarded-header filter. */
    @Bean
    FilterRegistrationBean<ApiRateLimitFilter> apiRateLimitFilter(ApiProperties properties) {
        FilterRegistrationBean<ApiRateLimitFilter> registration = new FilterRegistrationBean<>(
                new ApiRateLimitFilter(properties.ratePerMinute(), properties.maxCallers()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }
}
