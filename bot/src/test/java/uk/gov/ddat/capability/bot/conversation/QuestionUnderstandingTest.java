package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.ddat.capability.framework.RoleLevel;

/** The question table against the bundled data: intent and entities for each question. */
class QuestionUnderstandingTest {

    private static final ConversationEngine ENGINE = Engines.bundled();

    static Stream<QuestionTable.Row> bundled() {
        return QuestionTable.rows(QuestionTable.BUNDLED).stream();
    }

    @Test
    void theTableIsLargeAndCoversEveryIntent() {
        List<QuestionTable.Row> rows = QuestionTable.rows(QuestionTable.BUNDLED);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(rows.stream().map(QuestionTable.Row::intent).distinct())
                .containsAll(List.of(Intent.HELP, Intent.LIST_ROLES, Intent.ROLE_OVERVIEW, Intent.ROLE_LEVEL,
                        Intent.SKILL, Intent.SKILL_AT_LEVEL, Intent.PROGRESSION, Intent.GRADE, Intent.SEARCH,
                        Intent.TIP, Intent.UNKNOWN, Intent.NO_SUCH_LEVEL));
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void understands(QuestionTable.Row row) {
        assertUnderstood(ENGINE, row);
    }

    static void assertUnderstood(ConversationEngine engine, QuestionTable.Row row) {
        Question question = engine.understand(row.question());
        assertThat(question.intent()).as("intent of %s", row).isEqualTo(row.intent());
        row.expected().forEach((key, value) -> {
            switch (key) {
                case "role" -> assertThat(question.role()).as("role of %s", row)
                        .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(value));
                case "level" -> assertThat(question.level()).as("level of %s", row)
                        .hasValueSatisfying(l -> assertLevel(l, value));
                case "to" -> assertThat(question.toLevel()).as("to level of %s", row)
                        .hasValueSatisfying(l -> assertLevel(l, value));
                case "skill" -> assertThat(question.skill()).as("skill of %s", row)
                        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo(value));
                case "grade" -> assertThat(question.grade()).as("grade of %s", row)
                        .hasValueSatisfying(g -> assertThat(g.name()).isEqualTo(value));
                default -> throw new IllegalArgumentException("unknown key " + key);
            }
        });
    }

    private static void assertLevel(RoleLevel level, String expected) {
        if (expected.chars().allMatch(Character::isDigit)) {
            assertThat(level.position()).isEqualTo(Integer.parseInt(expected));
        } else {
            assertThat(level.name()).isEqualTo(expected);
        }
    }
}
