package uk.gov.ddat.capability.bot.framework;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import uk.gov.ddat.capability.framework.load.CurrentFramework;

/**
 * The framework in the actuator health endpoint. A failed reload leaves the bot answering from
 * the previous model, so it stays UP, with the failure in the details for whoever watches it.
 */
@Component("framework")
class FrameworkHealthIndicator implements HealthIndicator {

    private final CurrentFramework framework;

    FrameworkHealthIndicator(CurrentFramework framework) {
        this.framework = framework;
    }

    @Override
    public Health health() {
        CurrentFramework.Status status = framework.status();
        Health.Builder health = Health.up()
                .withDetail("source", status.source())
                .withDetail("version", status.version())
                .withDetail("loadedAt", status.loadedAt().toString())
                .withDetail("roles", framework.model().roles().size())
                .withDetail("skills", framework.model().skills().size());
        status.lastFailure().ifPresent(failure -> health
                .withDetail("lastReloadFailure", failure)
                .withDetail("lastReloadFailureAt", status.lastFailureAt().map(Object::toString).orElse("")));
        return health.build();
    }
}
