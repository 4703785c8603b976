package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;

/**
 * Builds the answer to an understood question, from the framework data only. Each kind of answer
 * is built by its own class: {@link RoleAnswers}, {@link SkillAnswers}, {@link GradeAnswers},
 * {@link HelpAnswers}, {@link FilterAnswers}, {@link ScaleAnswers}, {@link CoverageAnswers} and
 * {@link RoleComparison}; this class chooses by intent.
 */
final class AnswerBuilder {

    static final int MAX_ACTIONS = AnswerParts.MAX_ACTIONS;

    private final TipCatalogue tips;

    AnswerBuilder(TipCatalogue tips) {
        this.tips = tips;
    }

    /** Answers that list what something needs or does, which a "not" would turn around. */
    private static final Set<Intent> LOOKUPS = EnumSet.of(Intent.ROLE_OVERVIEW, Intent.ROLE_LEVEL,
            Intent.SKILL, Intent.SKILL_AT_LEVEL, Intent.LIST_SKILLS, Intent.DUTIES, Intent.SEARCH,
            Intent.ROLES_WITH_SKILL, Intent.SKILLS_AT_SKILL_LEVEL);

    Answer build(Question question, ModelIndex index) {
        return build(question, index, Wording.TERMINAL);
    }

    /** The answer, with commands written the way {@code wording} says they are typed where it is read. */
    Answer build(Question question, ModelIndex index, Wording wording) {
        Answer answer = answer(question, index, wording);
        if (!question.negated() || !LOOKUPS.contains(question.intent())) {
            return answer;
        }
        // Never answer "what does a lead not need" with what it needs as if that were asked.
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", "I can't yet answer what is not needed or not done. Here is what the "
                + "framework does list; anything not in it is not needed at that level."));
        sections.addAll(answer.sections());
        return new Answer(answer.title(), sections, answer.actions(), answer.link(), Answer.Outcome.NOT_SURE);
    }

    private Answer answer(Question question, ModelIndex index, Wording wording) {
        FrameworkModel model = index.model;
        return switch (question.intent()) {
            case HELP -> HelpAnswers.help(model, wording);
            case LIST_ROLES -> question.detail() == Detail.Aspect.MANAGEMENT_TRACK
                    ? FilterAnswers.managementTrack(model) : RoleAnswers.listRoles(model);
            case FAMILY -> FilterAnswers.family(question);
            case SKILL_AT_SKILL_LEVEL -> ScaleAnswers.skillAtSkillLevel(question, model);
            case ROLES_WITH_SKILL -> FilterAnswers.rolesWithSkill(question, model);
            case SKILLS_AT_SKILL_LEVEL -> FilterAnswers.skillsAtSkillLevel(question, model);
            case LIST_SKILLS -> FilterAnswers.listSkills(question, model);
            case SKILL_SCALE -> ScaleAnswers.scale(question, model);
            case LIST_GRADES -> FilterAnswers.listGrades(question, model);
            case COMPARE_ROLES -> RoleComparison.compare(question);
            case CLOSEST_ROLES -> RoleComparison.closest(question, model);
            case DUTIES -> CoverageAnswers.duties(question, index);
            case DATA_DATE -> CoverageAnswers.dataDate(model);
            case NOT_COVERED -> CoverageAnswers.notCovered(question, index);
            case ROLE_OVERVIEW -> RoleAnswers.roleOverview(question.role().orElseThrow());
            case ROLE_LEVEL -> RoleAnswers.roleLevel(question.role().orElseThrow(), question.level().orElseThrow());
            case SKILL -> SkillAnswers.skill(model, question.skill().orElseThrow(), question.role());
            case SKILL_AT_LEVEL -> SkillAnswers.skillAtLevel(model, question.skill().orElseThrow(),
                    question.role().orElseThrow(), question.level().orElseThrow());
            case PROGRESSION -> RoleAnswers.progression(question.role().orElseThrow(),
                    question.level().orElseThrow(), question.toLevel());
            case GRADE -> question.grade().map(g -> question.level().isPresent()
                            ? GradeAnswers.gradeOfLevel(question.role().orElseThrow(), question.level().get(), g)
                            : GradeAnswers.grade(model, g))
                    .orElseGet(() -> GradeAnswers.gradesOf(question.role().orElseThrow(),
                            question.level().orElseThrow()));
            case SEARCH -> HelpAnswers.search(index, question);
            case TIP -> tips.random(model);
            case CLARIFY -> HelpAnswers.clarify(question).withOutcome(Answer.Outcome.NOT_SURE);
            case NO_SUCH_LEVEL -> RoleAnswers.noSuchLevel(question.role().orElseThrow(),
                    ((Detail.MissingLevel) question.detail()).word()).withOutcome(Answer.Outcome.NOT_IN_DATA);
            case UNKNOWN -> HelpAnswers.unknown(model, question.quoted()).withOutcome(Answer.Outcome.NOT_SURE);
        };
    }
}
