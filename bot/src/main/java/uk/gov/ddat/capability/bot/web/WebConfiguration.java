package uk.gov.ddat.capability.bot.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.util.unit.DataSize;

import io.micrometer.observation.ObservationPredicate;

/** What every request on the public port goes through first. */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${http.max-request-body:1MB}") DataSize limit,
                                                            @Value("${http.max-body-time:10s}") Duration time) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
                new BodyLimitFilter(limit.toBytes(), time));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<DirectErrorPathFilter> directErrorPathFilter(
            @Value("${server.error.path:/error}") String errorPath) {
        FilterRegistrationBean<DirectErrorPathFilter> registration = new FilterRegistrationBean<>(
                new DirectErrorPathFilter(errorPath));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Slack's requests are not timed one by one (http.server.requests): at thousands of commands a
     * second the timing cost about a tenth of each acknowledgement (JFR), and Slack itself reports
     * failed and slow deliveries. Teams and everything else are still timed.
     */
    @Bean
    ObservationPredicate slackRequestsUntimed() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null && request.getCarrier().getRequestURI().startsWith("/slack/"));
    }
}
