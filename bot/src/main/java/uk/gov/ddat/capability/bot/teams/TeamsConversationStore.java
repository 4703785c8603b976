package uk.gov.ddat.capability.bot.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service URL each Teams conversation was last heard from, for messages the bot starts itself;
 * keyed by tenant and conversation.
 */
public class TeamsConversationStore {

    private final JdbcClient jdbc;

    public TeamsConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void remember(String tenantId, String conversationId, String serviceUrl, Instant now) {
        int updated = jdbc.sql("UPDATE teams_conversation SET service_url = ?, updated_at = ? "
                        + "WHERE tenant_id = ? AND conversation_id = ?")
                .params(serviceUrl, Timestamp.from(now), tenantId, conversationId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO teams_conversation (tenant_id, conversation_id, service_url, updated_at) "
                                + "VALUES (?, ?, ?, ?)")
                        .params(tenantId, conversationId, serviceUrl, Timestamp.from(now)).update();
            } catch (DuplicateKeyException raced) {
                remember(tenantId, conversationId, serviceUrl, now);
            }
        }
    }

    public Optional<String> serviceUrl(String tenantId, String conversationId) {
        return jdbc.sql("SELECT service_url FROM teams_conversation WHERE tenant_id = ? AND conversation_id = ?")
                .params(tenantId, conversationId).query(String.class).optional();
    }
}
