package uk.gov.ddat.capability.bot.hostile;

import org.h2.tools.Server;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database server is stopped: connections are refused. */
class DatabaseOutageTest extends DatabaseTrouble {

    static final Server DATABASE = startDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> databaseUrl(DATABASE.getPort(), "stopped"));
    }

    @Override
    void fail() {
        DATABASE.stop();
    }

    @Override
    String how() {
        return "stopped";
    }
}
