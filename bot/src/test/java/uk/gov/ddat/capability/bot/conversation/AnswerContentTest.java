package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the answers say, on the bundled data: exact where the framework is exact. */
class AnswerContentTest {

    private final ConversationEngine engine = Engines.bundled();

    @Test
    void seniorToLeadListsExactlyTheSkillsThatStepUp() {
        Answer answer = engine.answer("how do I get from senior to lead");
        Answer.Section stepUp = answer.sections().get(0);
        assertThat(stepUp.heading()).isEqualTo("Skills that step up (8)");
        assertThat(stepUp.bullets()).containsExactly(
                "Change management: working → practitioner",
                "Coding and scripting: awareness → working",
                "Incident management: working → practitioner",
                "Ownership and initiative: working → practitioner",
                "Service management framework knowledge: awareness → working",
                "Technical specialism: working → practitioner",
                "Testing: working → practitioner",
                "User focus: working → practitioner");
        assertThat(answer.plainText()).contains("Unchanged (6)").doesNotContain("New at");
    }

    @Test
    void associateToPlainShowsTheNewSkills() {
        Answer answer = engine.answer("compare L1 L2");
        assertThat(answer.sections()).anySatisfy(s -> {
            assertThat(s.heading()).isEqualTo("New at Infrastructure operations engineer (10)");
            assertThat(s.bullets()).contains("Asset and configuration management: working", "Testing: awareness");
        });
    }

    @Test
    void aRoleLevelHasItsSummaryDutiesGradesAndAllSkills() {
        Answer answer = engine.answer("lead");
        assertThat(answer.title()).isEqualTo("Lead infrastructure operations engineer (level 4 of Infrastructure operations engineer)");
        String text = answer.plainText();
        assertThat(text).contains("ensures the service and the contractual and regulatory requirements")
                .contains("manage third party provision of IT operations services")
                .contains("SEO (Senior Executive Officer) or G7 (Grade 7)")
                .contains("Skills (14)").contains("Testing: practitioner");
        assertThat(answer.actions()).extracting(Answer.Action::command).contains(
                "Senior infrastructure operations engineer", "Principal infrastructure operations engineer",
                "compare Lead infrastructure operations engineer to Principal infrastructure operations engineer");
        assertThat(answer.link()).hasValueSatisfying(l -> assertThat(l.url()).endsWith("infrastructure-operations-engineer.html"));
    }

    @Test
    void everyButtonAsksAQuestionTheEngineUnderstands() {
        for (String question : List.of("senior", "associate", "principal", "level 2", "incident management",
                "testing at lead", "senior to lead", "infrastructure operations engineer", "grade HEO", "help", "xyzzy")) {
            for (Answer.Action action : engine.answer(question).actions()) {
                assertThat(engine.understand(action.command()).intent())
                        .as("button %s on %s", action.command(), question).isNotIn(Intent.UNKNOWN, Intent.CLARIFY);
            }
        }
        assertThat(engine.understand("level 2 Infrastructure operations engineer").level())
                .hasValueSatisfying(l -> assertThat(l.name()).isEqualTo("Infrastructure operations engineer"));
    }

    @Test
    void aSkillWithoutADescriptionSaysSoAndLinksThePublishedPage() {
        Answer answer = engine.answer("incident management");
        assertThat(answer.sections().get(0).text()).contains("has no description").contains("published page");
        assertThat(answer.sections().get(1).facts()).extracting(Answer.Fact::value)
                .containsExactly("awareness", "awareness", "working", "practitioner", "practitioner");
        assertThat(answer.link()).isPresent();
    }

    @Test
    void aSkillAtALevelItIsNotListedAtSaysSo() {
        String text = engine.answer("coding for a junior").plainText();
        assertThat(text).contains("Associate infrastructure operations engineer does not list Coding and scripting");
    }

    @Test
    void gradeLookupsWorkBothWays() {
        assertThat(engine.answer("what level is HEO").plainText())
                .contains("Infrastructure operations engineer (EO (Executive Officer) or HEO (Higher Executive Officer))")
                .contains("Senior infrastructure operations engineer (HEO (Higher Executive Officer) or SEO");
        assertThat(engine.answer("what grade is a lead").plainText())
                .contains("Lead infrastructure operations engineer is often performed at the Civil Service job grade "
                        + "of SEO (Senior Executive Officer) or G7 (Grade 7).");
        assertThat(engine.answer("grade AA").plainText()).contains("No role level in the data loaded here");
    }

    @Test
    void unknownAndEmptyQuestionsGetThreeExamplesThatWork() {
        for (String question : List.of("", "   ", "asdfghjkl", "xyzzy plugh")) {
            Answer answer = engine.answer(question);
            Answer.Section examples = answer.sections().get(1);
            assertThat(examples.bullets()).as(question).hasSize(3);
            for (String example : examples.bullets()) {
                assertThat(engine.understand(example).intent()).as(example)
                        .isIn(Intent.ROLE_LEVEL, Intent.PROGRESSION, Intent.SKILL);
            }
        }
        assertThat(engine.answer("asdfghjkl").plainText()).contains("\"asdfghjkl\"");
        assertThat(engine.answer("what's the weather like").title()).isEqualTo("Not covered by the capability framework");
    }

    @Test
    void theUsersMarkupIsNeverQuotedBack() {
        String text = engine.answer("search <!channel> <@U123> <script>alert(1)</script> &amp;").plainText();
        assertThat(text).doesNotContain("<!channel>").doesNotContain("<@U123>").doesNotContain("<script>")
                .doesNotContain("&amp;");
    }

    @Test
    void aLevelTheRoleDoesNotHaveIsExplained() {
        Answer answer = engine.answer("head of infrastructure operations");
        assertThat(answer.title()).isEqualTo("Infrastructure operations engineer has no head level");
        assertThat(answer.actions()).hasSize(5);
    }

    @Test
    void tipsComeFromTheData() {
        Answer tip = engine.answer("tip");
        assertThat(tip.title()).startsWith("Tip");
        assertThat(tip.actions()).hasSize(1);
        assertThat(engine.tips().tips(engine.model())).hasSize(14 + 4 + 5);
    }

    @Test
    void answersAreCachedPerSnapshot() {
        assertThat(engine.answer("senior")).isSameAs(engine.answer("senior"));
    }
}
