package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The labelled set for the full official export (CI; -Dframework.export.dir): at least 95% answered
 * as labelled. Fails, never skips, when the property is set and the export is missing.
 */
class LabelledQuestionsOfficialExportTest {

    @Test
    void atLeast95PercentOfTheLabelledQuestionsAreAnsweredAsLabelled() {
        Path path = Engines.exportDirFromProperty();
        List<QuestionTable.Row> rows = LabelledQuestions.load("labelled-export.txt");
        LabelledQuestions.Score score = LabelledQuestions.score(Engines.officialExport(path), rows);
        System.out.printf("Labelled questions, official export: %d of %d (%.1f%%)%n",
                score.total() - score.misses().size(), score.total(), 100 * score.accuracy());
        score.misses().forEach(m -> System.out.println("  miss: " + m));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(score.accuracy()).as("accuracy; misses:%n%s", String.join("\n", score.misses()))
                .isGreaterThanOrEqualTo(LabelledQuestionsTest.TARGET);
    }
}
