package uk.gov.ddat.capability.bot.hostile;

import java.io.IOException;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The database hangs: connections stay open and nothing comes back, so nothing fails fast. */
class DatabaseStallTest extends DatabaseTrouble {

    static final Server DATABASE = startDatabase();
    static final StallingProxy PROXY;

    static {
        try {
            PROXY = new StallingProxy(DATABASE.getPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> databaseUrl(PROXY.port(), "stalled"));
    }

    @AfterAll
    static void closeProxy() throws IOException {
        PROXY.close();
        DATABASE.stop();
    }

    @Override
    void fail() {
        PROXY.stall();
    }

    @Override
    String how() {
        return "stalled";
    }
}
