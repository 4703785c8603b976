package uk.gov.ddat.capability.bot.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.slack.BlockKitRenderer;
import uk.gov.ddat.capability.bot.teams.AdaptiveCardRenderer;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SharedFiles;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * The shared suite ({@code -Dshared.dir}): every answer of the hiring commands on the bundled role,
 * the questions back included, valid against the Block Kit and Adaptive Card schemas.
 */
class HiringCardsSharedTest {

    private final ConversationEngine engine = Engines.bundled();
    private final HiringCommands hiring = new HiringCommands(engine);

    @Test
    void everyAnswerIsValidBlockKitAndAValidAdaptiveCard() {
        assertThat(SharedFiles.enabled()).as("-Dshared.dir").isTrue();
        List<String> commands = new ArrayList<>(List.of("advert", "interview", "advert nothing like a level",
                "interview lead ioe juggling", "interview lead ioe testing, user focus", "advert " + "x".repeat(700)));
        for (RoleLevel level : engine.model().roles().get(0).levels()) {
            commands.add("advert " + level.name());
            commands.add("interview " + level.name());
        }
        BlockKitRenderer slack = new BlockKitRenderer();
        AdaptiveCardRenderer teams = new AdaptiveCardRenderer();
        for (String command : commands) {
            Answer answer = hiring.handle(command, Wording.TERMINAL).answer();
            SchemaCheck.assertValidMessageBlocks(SchemaCheck.parse(slack.render(answer)).path("blocks"));
            AdaptiveCards.assertValid(SchemaCheck.parse(teams.render(answer)));
        }
    }
}
