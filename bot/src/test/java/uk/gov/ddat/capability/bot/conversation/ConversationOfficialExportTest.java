package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Questions about every role, with the full official export loaded (CI; -Dframework.export.dir). */
class ConversationOfficialExportTest {

    private static ConversationEngine engine;

    @BeforeAll
    static void loadExport() {
        Path path = Engines.exportDirFromProperty();
        engine = Engines.officialExport(path);
    }

    static Stream<QuestionTable.Row> rows() {
        return QuestionTable.rows(QuestionTable.OFFICIAL_EXPORT).stream();
    }

    @ParameterizedTest
    @MethodSource("rows")
    void understands(QuestionTable.Row row) {
        QuestionUnderstandingTest.assertUnderstood(engine, row);
    }

    @Test
    void aMissingLevelIsExplainedWithTheLevelsThatExist() {
        String text = engine.answer("what skills does a senior data scientist need").plainText();
        assertThat(text).contains("Data scientist has no senior level")
                .contains("Trainee data scientist, Associate data scientist, Data scientist, Lead data scientist");
    }

    @Test
    void ambiguousQuestionsGetChoicesNotAGuess() {
        Answer answer = engine.answer("senior");
        assertThat(answer.title()).isEqualTo("Which role do you mean?");
        assertThat(answer.actions()).hasSizeBetween(2, AnswerBuilder.MAX_ACTIONS);
        assertThat(engine.understand(answer.actions().get(0).command()).intent()).isEqualTo(Intent.ROLE_LEVEL);
    }

    @Test
    void progressionAcrossDevelopersLevels() {
        String text = engine.answer("compare lead and principal developer").plainText();
        assertThat(text).startsWith("From Lead developer to Principal developer").contains("Skills that step up");
    }

    @Test
    void skillsHaveTheExportsDescriptions() {
        Answer answer = engine.answer("incident management");
        assertThat(answer.sections().get(0).text()).doesNotContain("no description").isNotBlank();
    }
}
