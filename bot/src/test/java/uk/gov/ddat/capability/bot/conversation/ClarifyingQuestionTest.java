package uk.gov.ddat.capability.bot.conversation;

import java.util.Locale;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Questions that fit more than one role or skill get "which one?" with a button for each, and
 * each button asks a question that is no longer ambiguous. On a made-up two-role export, so it
 * runs without the real one.
 */
class ClarifyingQuestionTest {

    private static final ConversationEngine ENGINE =
            Engines.officialExport(Path.of("src/test/resources/fixtures/two-roles"));

    @Test
    void aLevelWordThatFitsTwoRolesAsksWhichRole() {
        Question question = ENGINE.understand("senior");
        assertThat(question.intent()).isEqualTo(Intent.CLARIFY);
        assertThat(question.detail()).isEqualTo(Detail.Choosing.ROLE);
        assertThat(question.choices()).containsExactlyInAnyOrder("Widget engineer", "Widget tester");

        Answer answer = ENGINE.answer("senior");
        assertThat(answer.title()).startsWith("Did you mean ").contains("Widget engineer").contains("Widget tester");
        assertThat(answer.actions()).extracting(Answer.Action::label)
                .containsExactlyInAnyOrder("Widget engineer", "Widget tester");
        for (Answer.Action action : answer.actions()) {
            Question chosen = ENGINE.understand(action.command());
            assertThat(chosen.intent()).as(action.command()).isEqualTo(Intent.ROLE_LEVEL);
            assertThat(chosen.level().orElseThrow().name()).isEqualTo("Senior " + action.label().toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void aSkillBothRolesNeedAsksWhichRoleForIt() {
        Question question = ENGINE.understand("incident response at senior");
        assertThat(question.intent()).isEqualTo(Intent.CLARIFY);
        assertThat(question.skill().orElseThrow().name()).isEqualTo("Incident response");
        Answer answer = ENGINE.answer("incident response at senior");
        assertThat(answer.title()).isEqualTo("Which role do you mean for Incident response?");
        for (Answer.Action action : answer.actions()) {
            Question chosen = ENGINE.understand(action.command());
            assertThat(chosen.intent()).as(action.command()).isEqualTo(Intent.SKILL_AT_LEVEL);
            assertThat(chosen.skill().orElseThrow().name()).isEqualTo("Incident response");
        }
    }

    @Test
    void namingTheRoleLeavesNothingToAsk() {
        Question question = ENGINE.understand("senior widget tester");
        assertThat(question.intent()).isEqualTo(Intent.ROLE_LEVEL);
        assertThat(question.level().orElseThrow().name()).isEqualTo("Senior widget tester");
        assertThat(ENGINE.understand("widget design").skill().orElseThrow().name()).isEqualTo("Widget design");
    }
}
