package uk.gov.ddat.capability.bot.teams;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.support.TimeBox;

/**
 * The Bot Connector endpoint. Every request must carry a valid Bot Framework token (else 401) and
 * come from a tenant the bot serves (else 403); the reply is posted back through the Connector API,
 * with a token for that tenant, after Teams has had its 200.
 */
@RestController
@Conditional(TeamsConditions.BotEnabled.class)
public class TeamsBotController {

    private static final Logger log = LoggerFactory.getLogger(TeamsBotController.class);
    private final JsonMapper json = JsonMapper.builder().build();

    private final BotFrameworkTokenValidator tokens;
    private final TeamsMessages messages;
    private final ConnectorClient connector;
    private final TeamsInstallations installations;
    private final TenantPolicy tenants;
    private final Executor executor;
    private final Clock clock;
    private final TimeBox database;

    public TeamsBotController(BotFrameworkTokenValidator tokens, TeamsMessages messages, ConnectorClient connector,
                              TeamsInstallations installations, TenantPolicy tenants,
                              @Qualifier("teamsReplyExecutor") Executor executor, Clock clock,
                              TimeBox databaseTimeBox) {
        this.database = databaseTimeBox;
        this.tokens = tokens;
        this.messages = messages;
        this.connector = connector;
        this.installations = installations;
        this.tenants = tenants;
        this.executor = executor;
        this.clock = clock;
    }

    @PostMapping("/api/messages")
    public ResponseEntity<Void> receive(@RequestHeader(name = "Authorization", required = false) String authorization,
                                        @RequestBody(required = false) String body) {
        JWTClaimsSet claims;
        try {
            claims = tokens.validate(authorization); // before reading anything the sender says
        } catch (BotFrameworkTokenValidator.InvalidTokenException e) {
            log.info("Refused a Bot Connector request: {}", LogSafe.text(e.getMessage(), 160));
            return ResponseEntity.status(401).build();
        } catch (BotFrameworkTokenValidator.KeysUnavailableException e) {
            // The Bot Framework retries a 503; a slow identity endpoint must not hold this thread.
            log.info("Could not check a Bot Connector request: {}", e.getMessage());
            return ResponseEntity.status(503).header("Retry-After", "5").build();
        }
        JsonNode activity;
        try {
            activity = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        String serviceUrl = activity.path("serviceUrl").asString("");
        String conversationId = activity.path("conversation").path("id").asString("");
        if (activity.isMissingNode() || !activity.isObject() || serviceUrl.isBlank() || conversationId.isBlank()) {
            return ResponseEntity.badRequest().build();
        }
        try {
            BotFrameworkTokenValidator.requireServiceUrl(claims, serviceUrl);
        } catch (BotFrameworkTokenValidator.InvalidTokenException e) {
            log.info("Refused a Bot Connector request: {}", LogSafe.text(e.getMessage(), 160));
            return ResponseEntity.status(401).build();
        }
        String tenant = TeamsMessages.tenantOf(activity);
        if (!tenants.allows(tenant)) {
            log.info("Refused a Bot Connector request from a tenant that is not served: {}", LogSafe.text(tenant));
            return ResponseEntity.status(403).build();
        }
        // The answer is worked out before the 200, so a tips command is saved before Teams is told
        // it arrived (a database outage costs at most the connection timeout); only posting the
        // reply comes after. If the reply queue is full, a 503 asks the Bot Framework to retry.
        Optional<Map<String, Object>> reply;
        try {
            reply = messages.reply(activity, true);
        } catch (RuntimeException e) {
            log.error("Answering a Teams activity failed ({})", e.getClass().getName());
            reply = Optional.empty();
        }
        Optional<Map<String, Object>> answer = reply;
        try {
            executor.execute(() -> send(activity, serviceUrl, tenant, conversationId, answer));
        } catch (RejectedExecutionException e) {
            log.warn("Teams replies are backed up; asking the Bot Framework to send the activity again");
            return ResponseEntity.status(503).header("Retry-After", "5").build();
        }
        return ResponseEntity.ok().build();
    }

    private void send(JsonNode activity, String serviceUrl, String tenant, String conversationId,
                      Optional<Map<String, Object>> reply) {
        // Not waited for: a database that hangs must not hold the reply threads.
        database.submit(() -> {
            try {
                installations.heard(activity, tenant, serviceUrl, clock.instant());
            } catch (RuntimeException e) {
                log.warn("Could not remember a Teams conversation or its removal: {}", e.getClass().getSimpleName());
            }
        });
        reply.ifPresent(r -> connector.send(serviceUrl, tenant, conversationId, withConversation(r, activity)));
    }

    private static Map<String, Object> withConversation(Map<String, Object> reply, JsonNode activity) {
        Map<String, Object> out = new LinkedHashMap<>(reply);
        out.put("conversation", Map.of("id", activity.path("conversation").path("id").asString("")));
        if (!activity.path("recipient").isMissingNode()) {
            out.put("from", Map.of("id", activity.path("recipient").path("id").asString("")));
        }
        return out;
    }
}
