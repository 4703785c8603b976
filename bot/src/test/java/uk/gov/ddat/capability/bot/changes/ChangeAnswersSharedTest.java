package uk.gov.ddat.capability.bot.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.slack.BlockKitRenderer;
import uk.gov.ddat.capability.bot.teams.AdaptiveCardRenderer;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.SharedFiles;
import uk.gov.ddat.capability.framework.diff.Change;

/** The changes answer and announcement, as Slack and Teams get them, checked against the shared schemas. */
class ChangeAnswersSharedTest {

    private final ChangeAnswers answers = new ChangeAnswers(10, "https://example.gov.uk/updates",
            ZoneId.of("Europe/London"));
    private final RecordedChangeSet many = new RecordedChangeSet(7, Instant.parse("2026-12-03T08:00:00Z"), changes(25));

    @Test
    void theLatestChangesListTenAndCountTheRestWithTheUpdatesLink() {
        Answer answer = answers.latest(Optional.of(many));

        assertThat(answer.title()).isEqualTo("What changed in the framework");
        assertThat(answer.sections().get(0).text()).isEqualTo("Seen on 3 December 2026: 25 changes.");
        assertThat(answer.sections().get(1).bullets()).hasSize(11).startsWith("New skill: Skill 00")
                .endsWith("and 15 more");
        assertThat(answer.link()).contains(new Answer.Link("The framework's published updates",
                "https://example.gov.uk/updates"));
    }

    @Test
    void slackBlocksAreValidAgainstTheBlockKitSchema() {
        assertThat(SharedFiles.enabled()).as("-Dshared.dir").isTrue();
        BlockKitRenderer slack = new BlockKitRenderer();
        for (Answer answer : List.of(answers.latest(Optional.of(many)), answers.latest(Optional.empty()),
                answers.announcement(many))) {
            var message = SchemaCheck.parse(slack.render(answer));
            SchemaCheck.assertValidMessageBlocks(message.path("blocks"));
            assertThat(message.toString()).as("every answer links the updates page")
                    .contains("example.gov.uk/updates");
        }
    }

    @Test
    void teamsCardsAreValidAgainstTheAdaptiveCardSchema() {
        assertThat(SharedFiles.enabled()).as("-Dshared.dir").isTrue();
        AdaptiveCardRenderer teams = new AdaptiveCardRenderer();
        for (Answer answer : List.of(answers.latest(Optional.of(many)), answers.latest(Optional.empty()),
                answers.announcement(many))) {
            var card = JsonMapper.builder().build().valueToTree(teams.card(answer));
            AdaptiveCards.assertValid((tools.jackson.databind.JsonNode) card);
            assertThat(card.toString()).contains("example.gov.uk/updates");
        }
    }

    private static List<Change> changes(int count) {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            changes.add(new Change(Change.Kind.ADDED, Change.Subject.SKILL, List.of("Skill %02d".formatted(i)), "", ""));
        }
        return changes;
    }
}
