package uk.gov.ddat.capability.bot.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.slack.api.bolt.service.OAuthStateService;

/**
 * The OAuth state values of "Add to Slack" (CSRF protection), in the database so that any instance
 * can finish an install another began. Bolt checks that the state Slack sends back is also in the
 * browser's cookie; here it must also have been issued, less than ten minutes ago, and not used.
 */
public class JdbcOAuthStateService implements OAuthStateService {

    /** More outstanding installs than this at once means someone is filling the table: refuse new ones. */
    static final int MAX_OUTSTANDING = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcOAuthStateService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void addNewStateToDatastore(String state) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM slack_oauth_state WHERE expires_at < ?").param(Timestamp.from(now)).update();
        Integer outstanding = jdbc.sql("SELECT COUNT(*) FROM slack_oauth_state").query(Integer.class).single();
        if (outstanding >= MAX_OUTSTANDING) {
            throw new IllegalStateException("too many installs in progress");
        }
        jdbc.sql("INSERT INTO slack_oauth_state (state, expires_at) VALUES (?, ?)")
                .params(state, Timestamp.from(now.plus(Duration.ofSeconds(getExpirationInSeconds())))).update();
    }

    @Override
    public boolean isAvailableInDatabase(String state) {
        if (state == null || state.length() > 100) {
            return false;
        }
        return jdbc.sql("SELECT COUNT(*) FROM slack_oauth_state WHERE state = ? AND expires_at > ?")
                .params(state, Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
    }

    @Override
    public void deleteStateFromDatastore(String state) {
        jdbc.sql("DELETE FROM slack_oauth_state WHERE state = ?").param(state).update();
    }
}
