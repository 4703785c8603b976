package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.skillsPage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Outcome;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * Answers about the skill levels: the scale itself (awareness, working, practitioner, expert, in
 * that order), and one skill at one skill level. Says only what the data holds: the framework
 * describes a skill level skill by skill, never in general.
 */
final class ScaleAnswers {

    private ScaleAnswers() {
    }

    static Answer scale(Question question, FrameworkModel model) {
        Optional<SkillLevel> named = question.skillLevel();
        String lead = question.detail() instanceof Detail.Aspect aspect ? switch (aspect) {
            case COUNT -> "There are " + SkillLevel.values().length + " skill levels.";
            case LOWEST -> "The lowest skill level is awareness; the highest is expert.";
            case HIGHEST -> "The highest skill level is expert; the lowest is awareness.";
            case AFTER -> named.map(ScaleAnswers::after).orElse("");
            case BEFORE -> named.map(ScaleAnswers::before).orElse("");
            case COMPARE -> compare(question.choices());
            case MANAGEMENT_TRACK -> "";
        } : named.map(l -> l.scaleDescription() + ".").orElse("");
        List<Section> sections = new ArrayList<>();
        if (!lead.isEmpty()) {
            sections.add(Section.text("", lead));
        }
        sections.add(Section.facts("The 4 skill levels, lowest first", Arrays.stream(SkillLevel.values())
                .map(l -> new Fact(l.title(), l.scaleDescription())).toList()));
        sections.add(Section.text("", "The framework does not define the levels in general: each skill says what "
                + "you can do at each level, and each role level says which level of each skill it needs."));
        List<Action> actions = new ArrayList<>();
        Skill example = exampleSkill(model);
        if (example != null) {
            SkillLevel level = named.orElse(SkillLevel.PRACTITIONER);
            actions.add(new Action(example.name() + " at " + level.label(), Commands.skillAtSkillLevel(example, level)));
        }
        String title = named.filter(l -> question.detail() == Detail.NONE).map(l -> "Skill level: " + l.title())
                .orElse("Skill levels: awareness, working, practitioner, expert");
        return new Answer(title, sections, actions, Optional.of(skillsPage()));
    }

    private static String after(SkillLevel level) {
        return level == SkillLevel.EXPERT ? "Expert is the highest skill level; nothing comes after it."
                : "After " + level.label() + " comes " + SkillLevel.values()[level.ordinal() + 1].label() + ".";
    }

    private static String before(SkillLevel level) {
        return level == SkillLevel.AWARENESS ? "Awareness is the lowest skill level; nothing comes before it."
                : "Before " + level.label() + " comes " + SkillLevel.values()[level.ordinal() - 1].label() + ".";
    }

    private static String compare(List<String> pair) {
        if (pair.size() < 2) {
            return "";
        }
        SkillLevel a = SkillLevel.valueOf(pair.get(0));
        SkillLevel b = SkillLevel.valueOf(pair.get(1));
        if (a == b) {
            return a.scaleDescription() + ".";
        }
        SkillLevel higher = a.compareTo(b) > 0 ? a : b;
        SkillLevel lower = higher == a ? b : a;
        return higher.title() + " is higher than " + lower.label() + ": " + higher.label() + " is the "
                + ordinal(higher) + " and " + lower.label() + " the " + ordinal(lower) + " of 4 ascending skill levels.";
    }

    private static String ordinal(SkillLevel level) {
        return List.of("first", "second", "third", "fourth").get(level.ordinal());
    }

    /** A skill that the data describes at every level, for an example button. */
    private static Skill exampleSkill(FrameworkModel model) {
        return model.skills().stream().filter(s -> s.youCan().size() == SkillLevel.values().length).findFirst()
                .orElse(model.skills().isEmpty() ? null : model.skills().get(0));
    }

    /**
     * One skill at one skill level: the skill's own "you can" list at that level, else one given by a
     * role level that needs it there; if the data has neither, say so and name the levels it does describe.
     */
    static Answer skillAtSkillLevel(Question question, FrameworkModel model) {
        Skill skill = question.skill().orElseThrow();
        SkillLevel level = question.skillLevel().orElseThrow();
        List<LevelOfRole> needing = levelsNeeding(model, skill, level, question.role());
        List<String> youCan = skill.youCanAt(level);
        if (youCan.isEmpty()) {
            youCan = needing.stream().map(l -> l.level().requirement(skill.name()).orElseThrow())
                    .map(SkillRequirement::youCan).filter(l -> !l.isEmpty()).findFirst().orElse(List.of());
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", level.scaleDescription() + "."));
        Outcome outcome = Outcome.ANSWERED;
        if (youCan.isEmpty()) {
            outcome = Outcome.NOT_IN_DATA;
            List<String> described = Arrays.stream(SkillLevel.values()).filter(l -> !skill.youCanAt(l).isEmpty()
                    || !levelsNeeding(model, skill, l, question.role()).isEmpty()).map(SkillLevel::label).toList();
            sections.add(Section.text("Not defined in the data", "The framework data loaded here does not define "
                    + skill.name() + " at " + level.label() + " level"
                    + (described.isEmpty() ? "." : "; it describes it at " + String.join(", ", described) + ".")));
        } else {
            sections.add(Section.bullets("At " + level.label() + " level, you can:", youCan));
        }
        if (!needing.isEmpty()) {
            sections.add(Section.bullets("Role levels that need it at " + level.label() + " (" + needing.size() + ")",
                    needing.stream().map(l -> l.level().name()).limit(20).toList()));
        }
        List<Action> actions = new ArrayList<>();
        for (SkillLevel other : SkillLevel.values()) {
            if (other != level && (!skill.youCanAt(other).isEmpty() || other.rank() == level.rank() + 1)) {
                actions.add(new Action("At " + other.label(), Commands.skillAtSkillLevel(skill, other)));
            }
        }
        actions.add(new Action("Who needs it", Commands.whoNeeds(skill, null)));
        return new Answer(skill.name() + " at " + level.label() + " level", sections, cap(actions),
                Optional.of(skillsPage()), outcome);
    }

    /** Every role level that needs a skill at exactly this skill level (only in one role, if given). */
    static List<LevelOfRole> levelsNeeding(FrameworkModel model, Skill skill, SkillLevel level, Optional<Role> only) {
        List<LevelOfRole> found = new ArrayList<>();
        for (Role role : model.rolesNeeding(skill.name())) {
            if (only.isPresent() && !only.get().equals(role)) {
                continue;
            }
            for (RoleLevel roleLevel : role.levels()) {
                roleLevel.requirement(skill.name()).filter(r -> r.level() == level)
                        .ifPresent(r -> found.add(new LevelOfRole(role, roleLevel)));
            }
        }
        return found;
    }
}
