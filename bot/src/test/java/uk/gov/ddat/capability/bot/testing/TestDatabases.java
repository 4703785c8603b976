package uk.gov.ddat.capability.bot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh, migrated databases for storage tests: embedded H2, or a new schema in the PostgreSQL
 * named by -Dtest.postgres.url (CI: the machine's 127.0.0.1:5432, database test).
 */
public final class TestDatabases {

    public static final String POSTGRES_PROPERTY = "test.postgres.url";

    /** A migrated database and the JDBC URL that reaches it (for starting whole applications on it). */
    public record Database(String url, DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions,
                           Runnable cleanUp) implements AutoCloseable {

        /** Drops what the test made (a PostgreSQL schema) and closes the pool. */
        @Override
        public void close() {
            cleanUp.run();
        }
    }

    private TestDatabases() {
    }

    public static Database h2() {
        String url = "jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return migrated(url, () -> { });
    }

    /** Fails (never skips) when the property is missing or the server cannot be reached. */
    public static Database postgres() {
        String base = System.getProperty(POSTGRES_PROPERTY, "");
        assertThat(base).as("-D%s (a PostgreSQL JDBC URL)", POSTGRES_PROPERTY).isNotBlank();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(base));
        admin.sql("CREATE SCHEMA " + schema).update();
        return migrated(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                () -> admin.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update());
    }

    private static Database migrated(String url, Runnable dropAfter) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        if (url.startsWith("jdbc:h2:")) {
            dataSource.setUsername("sa"); // as Spring Boot connects to an embedded H2
        }
        dataSource.setMaximumPoolSize(10);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new Database(url, dataSource, JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), () -> {
                    dataSource.close();
                    dropAfter.run();
                });
    }
}
