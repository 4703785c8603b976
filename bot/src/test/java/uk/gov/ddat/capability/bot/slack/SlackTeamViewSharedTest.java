package uk.gov.ddat.capability.bot.slack;

import uk.gov.ddat.capability.bot.testing.Payloads;

/**
 * The shared suite ({@code -Dshared.dir=../shared}): sharing and the team view again with the real
 * payloads Slack's own SDKs test with, every message checked against the Block Kit schema.
 */
class SlackTeamViewSharedTest extends SlackTeamViewIntegrationTest {

    @Override
    Payloads payloads() {
        return Payloads.SHARED;
    }
}
