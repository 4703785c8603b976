package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The labelled set against the bundled role: at least 200 questions as people type them, at least
 * 95% answered as labelled. The misses are printed with why, so a regression names itself.
 */
class LabelledQuestionsTest {

    static final double TARGET = 0.95;

    @Test
    void atLeast95PercentOfTheLabelledQuestionsAreAnsweredAsLabelled() {
        List<QuestionTable.Row> rows = LabelledQuestions.load("labelled-bundled.txt");
        LabelledQuestions.Score score = LabelledQuestions.score(Engines.bundled(), rows);
        System.out.printf("Labelled questions, bundled data: %d of %d (%.1f%%)%n", score.total() - score.misses().size(),
                score.total(), 100 * score.accuracy());
        score.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
        assertThat(score.accuracy()).as("accuracy; misses:%n%s", String.join("\n", score.misses()))
                .isGreaterThanOrEqualTo(TARGET);
    }

    @Test
    void theIssuesExamplesAreAllAnsweredAsLabelled() {
        ConversationEngine engine = Engines.bundled();
        List<QuestionTable.Row> rows = LabelledQuestions.load("labelled-bundled.txt").stream()
                .filter(r -> ISSUE_EXAMPLES.contains(r.question())).toList();
        assertThat(rows).hasSize(ISSUE_EXAMPLES.size());
        for (QuestionTable.Row row : rows) {
            assertThat(LabelledQuestions.check(engine, row)).as(row.toString()).isEmpty();
        }
    }

    /** The questions the issue quotes that the bundled role can answer. */
    static final List<String> ISSUE_EXAMPLES = List.of("who writes the strategic roadmaps?",
            "which level is expected to mentor junior staff", "who does first line support", "which roles are on call",
            "what does practitioner mean", "is expert higher than practitioner?", "what comes after working",
            "whats the lowest skill level", "how many skill levels are there", "what are the skill levels",
            "I'm a senior IOE, what do I need to get promoted", "I'm an HEO, which levels could I be",
            "can an AO be a senior?", "who needs expert user focus", "which skills reach expert in this role",
            "list all the skills", "list the grades for each level", "how many roles are in the framework",
            "which roles have a separate management track");
}
