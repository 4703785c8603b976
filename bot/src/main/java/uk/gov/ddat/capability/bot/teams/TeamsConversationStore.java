package uk.gov.ddat.capability.bot.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service URL each Teams conversation was last heard from, for messages the bot starts itself. */
public class TeamsConversationStore {

    private final JdbcClient jdbc;

    public TeamsConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String conversationId, String serviceUrl, String tenantId, Instant now) {
        int updated = jdbc.sql("UPDATE teams_conversation SET service_url = ?, tenant_id = ?, updated_at = ? "
                        + "WHERE conversation_id = ?")
                .params(serviceUrl, tenantId, Timestamp.from(now), conversationId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO teams_conversation (conversation_id, service_url, tenant_id, updated_at) "
                                + "VALUES (?, ?, ?, ?)")
                        .params(conversationId, serviceUrl, tenantId, Timestamp.from(now)).update();
            } catch (DuplicateKeyException raced) {
                remember(conversationId, serviceUrl, tenantId, now);
            }
        }
    }

    public Optional<String> serviceUrl(String conversationId) {
        return jdbc.sql("SELECT service_url FROM teams_conversation WHERE conversation_id = ?")
                .param(conversationId).query(String.class).optional();
    }
}
