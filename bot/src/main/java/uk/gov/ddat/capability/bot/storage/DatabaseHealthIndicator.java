package uk.gov.ddat.capability.bot.storage;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import uk.gov.ddat.capability.bot.support.TimeBox;

/**
 * The database in the health endpoint, within a time limit: a database that hangs is reported
 * DOWN after {@code most}, where Spring's own check would wait as long as the connection does.
 */
class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final TimeBox timeBox;
    private final Duration most;

    DatabaseHealthIndicator(DataSource dataSource, TimeBox timeBox, Duration most) {
        this.dataSource = dataSource;
        this.timeBox = timeBox;
        this.most = most;
    }

    @Override
    public Health health() {
        boolean valid = timeBox.call(most, () -> {
            try (var connection = dataSource.getConnection()) {
                return connection.isValid((int) Math.max(1, most.toSeconds()));
            }
        }).orElse(false);
        return valid ? Health.up().build()
                : Health.down().withDetail("error", "no answer from the database within " + most).build();
    }
}
