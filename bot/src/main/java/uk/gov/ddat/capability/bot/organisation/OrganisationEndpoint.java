package uk.gov.ddat.capability.bot.organisation;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/organisation} on the management port, for the framework's owners: how
 * people rate themselves per role level and skill, in groups of at least
 * {@code organisation-view.minimum-group} people (ORGANISATION_VIEW_MINIMUM_GROUP, default 5);
 * no ids, no names, nothing per person.
 */
@Endpoint(id = "organisation")
public class OrganisationEndpoint {

    private final OrganisationCounts counts;

    public OrganisationEndpoint(OrganisationCounts counts) {
        this.counts = counts;
    }

    @ReadOperation
    public OrganisationCounts.Counts organisation() {
        return counts.counts();
    }
}
