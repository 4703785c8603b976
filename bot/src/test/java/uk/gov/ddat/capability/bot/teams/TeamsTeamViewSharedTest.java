package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.testing.SharedFiles;

/**
 * The shared suite ({@code -Dshared.dir=../shared}): sharing and the team view again, every card
 * checked against the Adaptive Card 1.5 schema in the shared folder.
 */
class TeamsTeamViewSharedTest extends TeamsTeamViewIntegrationTest {

    @Test
    void theCardsAreCheckedAgainstTheSharedSchema() {
        assertThat(SharedFiles.enabled()).isTrue();
        assertThat(SharedFiles.read("schemas/adaptive-card-1.5.0.json")).contains("AdaptiveCard");
    }
}
