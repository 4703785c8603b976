package uk.gov.ddat.capability.bot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.testing.Payloads;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SharedFiles;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * The shared suite ({@code -Dshared.dir=../shared}): every Slack integration test again, with the
 * real payloads Slack's own SDKs test with, and everything the bot sends checked against the
 * Block Kit schema as well as Slack's limits; and our signatures against Slack's published vector.
 */
class SlackAppSharedTest extends SlackAppIntegrationTest {

    @Override
    Payloads payloads() {
        return Payloads.SHARED;
    }

    @Test
    void ourTestSignaturesMatchSlacksPublishedTestVector() {
        JsonNode vector = SchemaCheck.parse(SharedFiles.read("payloads/signature_v0.test_vector.slack_docs.json"));
        String signature = SlackSigner.sign(vector.path("signing_secret").asString(),
                Long.parseLong(vector.path("x_slack_request_timestamp").asString()), vector.path("raw_body").asString());
        assertThat(signature).isEqualTo(vector.path("expected_x_slack_signature").asString());
    }
}
