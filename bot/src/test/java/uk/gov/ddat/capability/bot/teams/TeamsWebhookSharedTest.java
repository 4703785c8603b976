package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SharedFiles;

/**
 * The shared suite ({@code -Dshared.dir=../shared}): the webhook tests again with Microsoft's
 * example message, cards checked against the Adaptive Card 1.5 schema, and our signatures
 * against the HMAC vectors computed from that example.
 */
class TeamsWebhookSharedTest extends TeamsWebhookIntegrationTest {

    @Override
    Payloads payloads() {
        return Payloads.SHARED;
    }

    @Test
    void theSignatureMatchesTheSharedVectors() {
        JsonNode vectors = SchemaCheck.parse(SharedFiles.read("payloads/outgoing-webhook-hmac.test-vectors.derived.json"));
        byte[] body = Payloads.SHARED.bytes("teams_webhook");
        assertThat(vectors.path("vectors").size()).isPositive();
        for (JsonNode vector : vectors.path("vectors")) {
            OutgoingWebhookSignature signature = new OutgoingWebhookSignature(vector.path("security_token").asString());
            assertThat(signature.sign(body)).isEqualTo(vector.path("expected_authorization").asString());
            assertThat(signature.matches(vector.path("expected_authorization").asString(), body)).isTrue();
            assertThat(signature.matches(vector.path("wrong_if_key_not_base64_decoded").asString(), body)).isFalse();
        }
    }
}
