package uk.gov.ddat.capability.bot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/** The migration run while Spring starts is the one Spring's Flyway step takes, failures included. */
class DatabasePreloadTest {

    @TempDir
    Path dir;

    /** In memory, closed with its last connection: the tables must outlive the preload's pool. */
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void springsFlywayStepTakesThePreloadedMigrationAndFindsTheTables() {
        DatabasePreload preload = prepared(Map.of());

        try (HikariDataSource spring = dataSource()) {
            preload.migrate(Flyway.configure().dataSource(spring).locations("classpath:db/migration").load());

            assertThat(JdbcClient.create(spring).sql("select count(*) from flyway_schema_history where success")
                    .query(Integer.class).single()).isPositive();
        }
    }

    @Test
    void aMigrationThatFailedFailsSpringsFlywayStepWithItsOwnError() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("V1__broken.sql"), "create table broken (;");
        String locations = "filesystem:" + migrations;
        DatabasePreload preload = prepared(Map.of("spring.flyway.locations", locations));

        try (HikariDataSource spring = dataSource()) {
            Flyway flyway = Flyway.configure().dataSource(spring).locations(locations).load();
            assertThatThrownBy(() -> preload.migrate(flyway)).isInstanceOf(FlywayException.class)
                    .hasMessageContaining("broken");
        }
    }

    @Test
    void otherFlywaySettingsAreLeftToSpring() {
        GenericApplicationContext context = context(Map.of("spring.flyway.table", "other_history"));

        new DatabasePreload().onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(),
                new String[0], context));

        assertThat(context.getBeanFactory().containsSingleton(DatabasePreload.BEAN)).isFalse();
    }

    private DatabasePreload prepared(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put("spring.datasource.url", url);
        GenericApplicationContext context = context(all);
        DatabasePreload preload = new DatabasePreload();
        preload.onApplicationEvent(new ApplicationPreparedEvent(new SpringApplication(), new String[0], context));
        assertThat(context.getBeanFactory().getSingleton(DatabasePreload.BEAN)).isSameAs(preload);
        return preload;
    }

    private HikariDataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa"); // as Spring sets it for an embedded database
        return dataSource;
    }

    private static GenericApplicationContext context(Map<String, Object> settings) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", settings));
        return context;
    }
}
