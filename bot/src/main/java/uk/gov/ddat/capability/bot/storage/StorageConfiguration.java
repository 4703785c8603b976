package uk.gov.ddat.capability.bot.storage;

import java.time.Clock;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import uk.gov.ddat.capability.bot.support.TimeBox;

/**
 * The bot's own tables (Flyway migrations in db/migration): embedded H2 by default, PostgreSQL
 * when SPRING_DATASOURCE_URL points at one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class StorageConfiguration {

    @Bean
    SeenEvents seenEvents(JdbcClient jdbc, Clock clock,
                          @Value("${storage.seen-events-retention:1h}") Duration retention,
                          @Value("${storage.seen-events-takeover:30s}") Duration takeover) {
        if (retention.compareTo(Duration.ofMinutes(15)) < 0) {
            throw new IllegalArgumentException("storage.seen-events-retention must be at least 15 minutes");
        }
        return new SeenEvents(jdbc, clock, retention, takeover);
    }

    /** Waits for the migrations the main class started early ({@link DatabasePreload}), or runs them. */
    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(ObjectProvider<DatabasePreload> preload) {
        return flyway -> {
            DatabasePreload preloaded = preload.getIfAvailable();
            if (preloaded == null) {
                flyway.migrate();
            } else {
                preloaded.migrate(flyway);
            }
        };
    }

    /** Database calls that an acknowledgement, a webhook answer or the health check waits on. */
    @Bean(destroyMethod = "close")
    TimeBox databaseTimeBox() {
        return new TimeBox("db-call", 16);
    }

    /** Replaces Spring's database health check, which waits as long as a hung connection does. */
    @Bean("db")
    HealthIndicator databaseHealth(DataSource dataSource, TimeBox databaseTimeBox,
                                   @Value("${storage.health-timeout:2s}") Duration most) {
        return new DatabaseHealthIndicator(dataSource, databaseTimeBox, most);
    }

    @Bean
    SeenEventsPruner seenEventsPruner(SeenEvents seenEvents) {
        return new SeenEventsPruner(seenEvents);
    }

    /** Clears old event ids every few minutes. */
    static class SeenEventsPruner {

        private final SeenEvents seenEvents;

        SeenEventsPruner(SeenEvents seenEvents) {
            this.seenEvents = seenEvents;
        }

        @Scheduled(fixedDelayString = "${storage.prune-interval:5m}", initialDelayString = "${storage.prune-interval:5m}")
        void prune() {
            seenEvents.prune();
        }
    }
}
