package uk.gov.ddat.capability.bot.organisation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The organisation view: self-assessment counts for the framework's owners, on the management port. */
@Configuration(proxyBeanMethods = false)
public class OrganisationConfiguration {

    @Bean
    OrganisationCounts organisationCounts(JdbcClient jdbc,
                                          @Value("${organisation-view.minimum-group:5}") int minimumGroup) {
        return new OrganisationCounts(jdbc, minimumGroup);
    }

    @Bean
    OrganisationEndpoint organisationEndpoint(OrganisationCounts counts) {
        return new OrganisationEndpoint(counts);
    }
}
