package uk.gov.ddat.capability.bot.teams;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Teams outgoing webhook (one team, no Azure registration): the signed message is answered in
 * the HTTP response itself, well within Teams' 5 seconds.
 */
@RestController
@Conditional(TeamsConditions.WebhookEnabled.class)
public class TeamsWebhookController {

    private static final Logger log = LoggerFactory.getLogger(TeamsWebhookController.class);
    private final JsonMapper json = JsonMapper.builder().build();

    private final OutgoingWebhookSignature signature;
    private final TeamsMessages messages;

    public TeamsWebhookController(TeamsProperties properties, TeamsMessages messages) {
        this.signature = new OutgoingWebhookSignature(properties.outgoingWebhookSecret());
        this.messages = messages;
    }

    @PostMapping("/teams/webhook")
    public ResponseEntity<Map<String, Object>> receive(
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestBody(required = false) byte[] body) {
        byte[] raw = body == null ? new byte[0] : body;
        if (!signature.matches(authorization, raw)) {
            log.info("Refused an outgoing webhook request with a bad signature");
            return ResponseEntity.status(401).build();
        }
        JsonNode activity;
        try {
            activity = json.readTree(raw);
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().build();
        }
        if (!activity.isObject()) {
            return ResponseEntity.badRequest().build();
        }
        return messages.reply(activity, false).map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.ok(Map.of("type", "message", "text", "")));
    }
}
