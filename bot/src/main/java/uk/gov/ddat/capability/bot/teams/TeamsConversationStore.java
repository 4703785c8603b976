package uk.gov.ddat.capability.bot.teams;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
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
        remember(tenantId, conversationId, Optional.empty(), serviceUrl, now);
    }

    /** Also the team a channel belongs to, when the activity names one (kept once known). */
    public void remember(String tenantId, String conversationId, Optional<String> teamId, String serviceUrl,
                         Instant now) {
        int updated = jdbc.sql("UPDATE teams_conversation SET service_url = ?, updated_at = ?, "
                        + "team_id = COALESCE(?, team_id) WHERE tenant_id = ? AND conversation_id = ?")
                .params(serviceUrl, Timestamp.from(now), teamId.orElse(null), tenantId, conversationId).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO teams_conversation (tenant_id, conversation_id, team_id, service_url, "
                                + "updated_at) VALUES (?, ?, ?, ?, ?)")
                        .params(tenantId, conversationId, teamId.orElse(null), serviceUrl, Timestamp.from(now))
                        .update();
            } catch (DuplicateKeyException raced) {
                remember(tenantId, conversationId, teamId, serviceUrl, now);
            }
        }
    }

    /** The conversations heard from in a team: its channels (the General channel's id is the team's). */
    public List<String> conversationsOfTeam(String tenantId, String teamId) {
        return jdbc.sql("SELECT conversation_id FROM teams_conversation WHERE tenant_id = ? "
                        + "AND (team_id = ? OR conversation_id = ?) ORDER BY conversation_id")
                .params(tenantId, teamId, teamId).query(String.class).list();
    }

    public Optional<String> serviceUrl(String tenantId, String conversationId) {
        return jdbc.sql("SELECT service_url FROM teams_conversation WHERE tenant_id = ? AND conversation_id = ?")
                .params(tenantId, conversationId).query(String.class).optional();
    }
}
