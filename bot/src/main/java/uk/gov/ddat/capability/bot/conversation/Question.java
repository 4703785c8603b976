package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * A question understood against the current framework: its intent, the things it names, and how
 * sure the reading is.
 *
 * @param intent     what is asked
 * @param role       the role it is about (named, implied by a level, or the only role loaded)
 * @param level      the role level it names (the "from" level of a progression or of a role move)
 * @param toLevel    the "to" level of a progression or of a role move
 * @param skill      the skill it names
 * @param grade      the Civil Service grade it names
 * @param detail     what else it asks, typed ({@link Detail}): the search and what it found, the
 *                   level word that found no level, the topic not covered, what the choices are, or
 *                   which part of a list or of the skill scale
 * @param choices    the roles or skills to choose between (CLARIFY), the nearest thing covered
 *                   (NOT_COVERED), the two skill levels compared (SKILL_SCALE)
 * @param quoted     the question as typed, made safe to quote back
 * @param toRole     the second role (COMPARE_ROLES)
 * @param skillLevel the skill level it names (awareness, working, practitioner, expert)
 * @param family     the role family it names
 * @param confidence how sure the reading is, 0 to 1
 * @param negated    the question says "not" ("which skills does a lead not need"), which no answer can
 *                   take into account yet: the answer says so
 */
public record Question(Intent intent, Optional<Role> role, Optional<RoleLevel> level, Optional<RoleLevel> toLevel,
                       Optional<Skill> skill, Optional<Grade> grade, Detail detail, List<String> choices,
                       String quoted, Optional<Role> toRole, Optional<SkillLevel> skillLevel,
                       Optional<RoleFamily> family, double confidence, boolean negated) {

    public Question {
        choices = List.copyOf(choices);
        detail = detail == null ? Detail.NONE : detail;
    }

    static Question of(Intent intent, String quoted) {
        return new Question(intent, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Detail.NONE, List.of(), quoted, Optional.empty(), Optional.empty(), Optional.empty(), 1.0,
                false);
    }

    Question withIntent(Intent value) {
        return new Question(value, role, level, toLevel, skill, grade, detail, choices, quoted, toRole, skillLevel,
                family, confidence, negated);
    }

    Question withRole(Role value) {
        return new Question(intent, Optional.ofNullable(value), level, toLevel, skill, grade, detail, choices, quoted,
                toRole, skillLevel, family, confidence, negated);
    }

    Question withToRole(Role value) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, choices, quoted,
                Optional.ofNullable(value), skillLevel, family, confidence, negated);
    }

    Question withLevels(RoleLevel from, RoleLevel to) {
        return new Question(intent, role, Optional.ofNullable(from), Optional.ofNullable(to), skill, grade, detail,
                choices, quoted, toRole, skillLevel, family, confidence, negated);
    }

    Question withSkill(Skill value) {
        return new Question(intent, role, level, toLevel, Optional.ofNullable(value), grade, detail, choices, quoted,
                toRole, skillLevel, family, confidence, negated);
    }

    Question withGrade(Grade value) {
        return new Question(intent, role, level, toLevel, skill, Optional.ofNullable(value), detail, choices, quoted,
                toRole, skillLevel, family, confidence, negated);
    }

    Question withSkillLevel(SkillLevel value) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, choices, quoted, toRole,
                Optional.ofNullable(value), family, confidence, negated);
    }

    Question withFamily(RoleFamily value) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, choices, quoted, toRole, skillLevel,
                Optional.ofNullable(value), confidence, negated);
    }

    Question withDetail(Detail value) {
        return new Question(intent, role, level, toLevel, skill, grade, value, choices, quoted, toRole, skillLevel,
                family, confidence, negated);
    }

    Question withChoices(List<String> values) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, values, quoted, toRole, skillLevel,
                family, confidence, negated);
    }

    /** Choices of a question asked back, and what they are. */
    Question withChoices(Detail.Choosing kind, List<String> values) {
        return withDetail(kind).withChoices(values);
    }

    Question withNegated(boolean value) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, choices, quoted, toRole, skillLevel,
                family, confidence, value);
    }

    Question withConfidence(double value) {
        return new Question(intent, role, level, toLevel, skill, grade, detail, choices, quoted, toRole, skillLevel,
                family, Math.max(0, Math.min(1, value)), negated);
    }
}
