package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.SkillLevel;

/** Each intent rule on its own, over the mentions of one question. */
class IntentRulesTest {

    private static final ModelIndex INDEX = new ModelIndex(Engines.bundled().model());
    private static final QuestionParser PARSER = new QuestionParser();

    private static Reading read(String text) {
        return PARSER.read(text, INDEX);
    }

    @Test
    void skillScaleRuleAnswersOnlyAboutTheScale() {
        SkillScaleRule rule = new SkillScaleRule();
        assertThat(rule.apply(read("is expert higher than practitioner"))).hasValueSatisfying(q -> {
            assertThat(q.detail()).isEqualTo(Detail.Aspect.COMPARE);
            assertThat(q.choices()).containsExactly("EXPERT", "PRACTITIONER");
        });
        assertThat(rule.apply(read("what comes after working"))).hasValueSatisfying(q -> {
            assertThat(q.detail()).isEqualTo(Detail.Aspect.AFTER);
            assertThat(q.skillLevel()).contains(SkillLevel.WORKING);
        });
        assertThat(rule.apply(read("testing at expert"))).isEmpty();
        assertThat(rule.apply(read("accessibility at practitioner"))).as("a word it does not know").isEmpty();
    }

    @Test
    void levelRuleTakesTheAskersOwnLevelAsTheStart() {
        LevelRule rule = new LevelRule();
        assertThat(rule.apply(read("I'm a senior IOE, what do I need to get promoted"))).hasValueSatisfying(q -> {
            assertThat(q.intent()).isEqualTo(Intent.PROGRESSION);
            assertThat(q.level().orElseThrow().position()).isEqualTo(3);
            assertThat(q.toLevel().orElseThrow().position()).isEqualTo(4);
        });
        assertThat(rule.apply(read("what do I need to get promoted to senior"))).hasValueSatisfying(q -> {
            assertThat(q.level().orElseThrow().position()).isEqualTo(2);
            assertThat(q.toLevel().orElseThrow().position()).isEqualTo(3);
        });
        assertThat(rule.apply(read("incident management"))).isEmpty();
    }

    @Test
    void notCoveredRuleNamesTheTopic() {
        NotCoveredRule rule = new NotCoveredRule();
        assertThat(rule.apply(read("what is the salary for a senior"))).hasValueSatisfying(q ->
                assertThat(q.detail()).isEqualTo(new Detail.Uncovered(NotCoveredRule.Topic.PAY)));
        assertThat(rule.apply(read("how long does it take to get promoted"))).hasValueSatisfying(q ->
                assertThat(q.detail()).isEqualTo(new Detail.Uncovered(NotCoveredRule.Topic.TIME)));
        assertThat(rule.apply(read("do I need AWS"))).hasValueSatisfying(q -> {
            assertThat(q.detail()).isEqualTo(new Detail.Uncovered(NotCoveredRule.Topic.TECHNOLOGY));
            assertThat(q.choices()).containsExactly("cloud infrastructure");
        });
        assertThat(rule.apply(read("what does a service desk analyst do"))).isEmpty();
        assertThat(rule.apply(read("senior to lead"))).isEmpty();
    }

    @Test
    void gradeRuleChecksALevelAgainstAGrade() {
        assertThat(new GradeRule().apply(read("can an AO be a senior"))).hasValueSatisfying(q -> {
            assertThat(q.grade()).isPresent();
            assertThat(q.level().orElseThrow().position()).isEqualTo(3);
        });
    }

    @Test
    void dutiesRuleNeedsALineThatSaysSo() {
        DutiesRule rule = new DutiesRule();
        assertThat(rule.apply(read("who writes the strategic roadmaps"))).hasValueSatisfying(q ->
                assertThat(q.confidence()).isGreaterThanOrEqualTo(0.5));
        assertThat(rule.apply(read("what does a lead do"))).isEmpty();
    }

    @Test
    void aLooseMatchIsAskedBackAndItsButtonsReParse() {
        Question unsure = PARSER.parse("capasity", INDEX);
        assertThat(unsure.intent()).isEqualTo(Intent.CLARIFY);
        assertThat(unsure.choices()).first().isEqualTo("Availability and capacity management");
        ConversationEngine engine = Engines.bundled();
        Answer answer = engine.answer("capasity");
        assertThat(answer.title()).isEqualTo("Did you mean Availability and capacity management?");
        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_SURE);
        Question pressed = engine.understand(answer.actions().get(0).command());
        assertThat(pressed.intent()).isEqualTo(Intent.SKILL);
        assertThat(pressed.confidence()).isGreaterThanOrEqualTo(QuestionParser.THRESHOLD);
        assertThat(PARSER.parse("capacity", INDEX).intent()).as("a whole word is sure enough").isEqualTo(Intent.SKILL);
    }

    @Test
    void everyRuleIsTriedInOrderAndTheFirstDecides() {
        assertThat(QuestionParser.RULES.get(0)).isInstanceOf(HelpRule.class);
        assertThat(PARSER.parse("help", INDEX).intent()).isEqualTo(Intent.HELP);
        assertThat(PARSER.parse("xyzzy plugh", INDEX).intent()).isEqualTo(Intent.UNKNOWN);
    }

    @Test
    void whatASearchFoundTravelsWithTheQuestionSoTheAnswerDoesNotSearchAgain() {
        Question search = PARSER.parse("search incident", INDEX);
        assertThat(search.intent()).isEqualTo(Intent.SEARCH);
        assertThat(search.detail()).isInstanceOfSatisfying(Detail.Search.class, d -> {
            assertThat(d.words()).isEqualTo("incident");
            assertThat(d.hits()).isNotEmpty().hasSizeLessThanOrEqualTo(SearchRule.LIMIT);
        });
        Question duties = PARSER.parse("who writes the strategic roadmaps", INDEX);
        assertThat(duties.detail()).isInstanceOfSatisfying(Detail.Duties.class, d ->
                assertThat(d.words()).contains("roadmaps"));
        assertThat(PARSER.parse("senior", INDEX).detail()).isEqualTo(Detail.NONE);
    }
}
