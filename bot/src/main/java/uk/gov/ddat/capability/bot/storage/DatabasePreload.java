package uk.gov.ddat.capability.bot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Opens the database and runs the Flyway migrations on a thread of its own while Spring builds the
 * rest of the application, with the pool Spring would build ({@code spring.datasource.*}, Hikari's
 * timeouts too). Spring's Flyway step ({@link StorageConfiguration#flywayMigrationStrategy}) then
 * waits for that result instead of migrating again: nothing is acknowledged before the tables exist,
 * and a database that cannot be reached or a migration that fails still fails the start. Registered
 * by the main class; without it (tests) Spring migrates as usual. Only the default Flyway settings
 * (locations aside) are preloaded; any other {@code spring.flyway.*} setting leaves it to Spring.
 */
public final class DatabasePreload implements ApplicationListener<ApplicationPreparedEvent> {

    static final String BEAN = "databasePreload";
    private static final Set<String> PRELOADED_FLYWAY_SETTINGS = Set.of("locations", "enabled");

    private String[] locations;
    private CompletableFuture<HikariDataSource> migrated;

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Binder binder = Binder.get(event.getApplicationContext().getEnvironment());
        HikariDataSource dataSource;
        try {
            Map<String, Object> flyway = binder.bind("spring.flyway", Bindable.mapOf(String.class, Object.class))
                    .orElse(Map.of());
            if (!PRELOADED_FLYWAY_SETTINGS.containsAll(flyway.keySet())
                    || !binder.bind("spring.flyway.enabled", Boolean.class).orElse(true)) {
                return;
            }
            locations = binder.bind("spring.flyway.locations", String[].class)
                    .orElse(new String[] {"classpath:db/migration"});
            DataSourceProperties properties = binder.bindOrCreate("spring.datasource", DataSourceProperties.class);
            properties.setBeanClassLoader(getClass().getClassLoader());
            properties.afterPropertiesSet();
            dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
            binder.bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
        } catch (Exception e) {
            return; // a bad setting: Spring fails on it as it always has, with its own report
        }
        SimpleAsyncTaskExecutor thread = new SimpleAsyncTaskExecutor("database-preload-");
        thread.setDaemon(true); // never holds up the exit of a start that failed otherwise
        migrated = CompletableFuture.supplyAsync(() -> migrate(dataSource), thread);
        event.getApplicationContext().getBeanFactory().registerSingleton(BEAN, this);
    }

    private HikariDataSource migrate(HikariDataSource dataSource) {
        try {
            Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).locations(locations).load().migrate();
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Waits for the preloaded migration, or runs {@code flyway}'s if there was none (or, defensively,
     * if it was run with other locations than {@code flyway}'s). Spring's pool is opened before the
     * preload's closes, so an embedded database stays open in between.
     */
    void migrate(Flyway flyway) {
        CompletableFuture<HikariDataSource> preloaded = migrated;
        migrated = null;
        if (preloaded == null) {
            flyway.migrate();
            return;
        }
        HikariDataSource dataSource;
        try {
            dataSource = preloaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        try (dataSource) {
            if (Arrays.equals(names(Flyway.configure().locations(locations).getLocations()),
                    names(flyway.getConfiguration().getLocations()))) {
                openOne(flyway.getConfiguration().getDataSource());
            } else {
                flyway.migrate();
            }
        }
    }

    private static String[] names(Location[] locations) {
        return Arrays.stream(locations).map(Location::toString).toArray(String[]::new);
    }

    private static void openOne(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The database could not be reached: " + e.getMessage(), e);
        }
    }
}
