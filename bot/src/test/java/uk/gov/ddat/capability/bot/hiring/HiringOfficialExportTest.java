package uk.gov.ddat.capability.bot.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.slack.BlockKitRenderer;
import uk.gov.ddat.capability.bot.teams.AdaptiveCardRenderer;
import uk.gov.ddat.capability.bot.testing.AdaptiveCards;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * The advert and interview aid for every role level of the official export (CI;
 * -Dframework.export.dir): only the framework's text, whole within Slack's and Teams' limits, and
 * every file made again from its link's command.
 */
class HiringOfficialExportTest {

    private static ConversationEngine engine;
    private static HiringCommands hiring;
    private final BlockKitRenderer slack = new BlockKitRenderer();
    private final AdaptiveCardRenderer teams = new AdaptiveCardRenderer();

    @BeforeAll
    static void loadExport() {
        engine = Engines.officialExport(Engines.exportDirFromProperty());
        hiring = new HiringCommands(engine);
    }

    static Stream<LevelOfRole> levels() {
        loadExport();
        return engine.model().roles().stream().flatMap(r -> r.levels().stream().map(l -> new LevelOfRole(r, l)));
    }

    @ParameterizedTest
    @MethodSource("levels")
    void everyLevelsAdvertAndInterviewAidAreTheFrameworksTextWithinEachPlatformsLimits(LevelOfRole level) {
        for (String command : List.of("advert ", "interview ")) {
            HiringCommands.Result result = hiring.handle(command + level.level().name(), Wording.TERMINAL);
            Answer answer = result.answer();
            assertThat(answer.outcome()).as(command + level.level().name()).isEqualTo(Answer.Outcome.ANSWERED);
            assertThat(answer.title()).endsWith(level.level().name());
            FrameworkOnly.assertFrameworkOnly(answer, engine.model(), level);
            assertWhole(answer);
            for (Attachment file : result.attachments()) {
                assertThat(hiring.file(file.remakeWith().orElseThrow(), file.fileName()).orElseThrow().content())
                        .isEqualTo(file.content());
            }
        }
    }

    /** The largest level in the export (most text across its skills) fits a Slack message whole. */
    @Test
    void theLargestLevelFitsASlackMessageWhole() {
        LevelOfRole largest = levels().max(Comparator.comparingInt(l -> hiring.handle("interview "
                + l.level().name(), Wording.TERMINAL).answer().plainText().length())).orElseThrow();
        for (String command : List.of("advert ", "interview ")) {
            Answer answer = hiring.handle(command + largest.level().name(), Wording.TERMINAL).answer();
            JsonNode blocks = SchemaCheck.parse(slack.render(answer)).path("blocks");
            SchemaCheck.assertValidMessageBlocks(blocks);
            assertThat(blocks.size()).isLessThanOrEqualTo(50);
            assertThat(blocks.toString()).doesNotContain("show-more");
            int lines = largest.level().skills().stream()
                    .mapToInt(s -> FrameworkText.youCan(engine.model(), s).size()).sum();
            assertThat(lines).as("the largest level has many lines").isGreaterThan(30);
        }
    }

    @Test
    void theAdvertQuotesTheExportsYouCanLines() {
        HiringCommands.Result result = hiring.handle("advert senior data engineer", Wording.TERMINAL);
        LevelOfRole level = engine.model().level("Senior data engineer").orElseThrow();
        String text = result.answer().plainText();
        String markdown = new String(result.attachments().get(0).content(), StandardCharsets.UTF_8);
        for (SkillRequirement skill : level.level().skills()) {
            List<String> lines = FrameworkText.youCan(engine.model(), skill);
            assertThat(lines).as(skill.skill()).isNotEmpty();
            lines.forEach(line -> assertThat(text).contains("- " + line));
            assertThat(markdown).contains("### " + skill.skill().replace("(", "\\(").replace(")", "\\)")
                    .replace("-", "\\-"));
        }
        assertThat(text).contains("does not give the grades for this level");
    }

    @Test
    void theInterviewAidFramesEachLineAsAQuestion() {
        Answer answer = hiring.handle("interview senior data engineer data modelling, testing", Wording.TERMINAL)
                .answer();
        assertThat(answer.plainText()).contains("Tell me about a time you showed you can compare and align different "
                + "data models.");
        assertThat(answer.sections()).extracting(Answer.Section::heading)
                .containsSequence("Data modelling: needs practitioner", "Testing: needs working");
    }

    private void assertWhole(Answer answer) {
        JsonNode blocks = SchemaCheck.parse(slack.render(answer)).path("blocks");
        SchemaCheck.assertValidMessageBlocks(blocks);
        assertThat(blocks.toString()).as("cut for Slack: %s", answer.title()).doesNotContain("show-more");
        JsonNode card = SchemaCheck.parse(teams.render(answer));
        AdaptiveCards.assertValid(card);
        assertThat(card.toString()).as("cut for Teams: %s", answer.title()).doesNotContain("longer than a Teams card");
    }
}
