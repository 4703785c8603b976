package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.MAX_ACTIONS;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.noDescription;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/** Answers about one skill: across a role's levels or the skill levels, and at one role level. */
final class SkillAnswers {

    private SkillAnswers() {
    }
    static Answer skill(FrameworkModel model, Skill skill, Optional<Role> context) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", skill.description().orElse(noDescription("this skill"))));
        List<Role> needing = model.rolesNeeding(skill.name());
        Role role = context.orElse(needing.size() == 1 ? needing.get(0) : null);
        List<Action> actions = new ArrayList<>();
        if (role != null && !role.levels().isEmpty()) {
            List<Fact> byLevel = new ArrayList<>();
            for (RoleLevel level : role.levels()) {
                byLevel.add(new Fact(level.name(), level.requirement(skill.name())
                        .map(r -> r.level().label()).orElse("not listed")));
                level.requirement(skill.name()).ifPresent(r ->
                        actions.add(new Action(level.name(), Commands.skillAt(skill, role, level))));
            }
            sections.add(Section.facts("Skill level at each " + role.name() + " level", byLevel));
        } else {
            for (SkillLevel level : SkillLevel.values()) {
                if (!skill.youCanAt(level).isEmpty()) {
                    sections.add(Section.bullets(level.title() + ": you can", skill.youCanAt(level)));
                }
            }
        }
        if (needing.size() > 1 || role == null) {
            sections.add(Section.text("Roles that need it (" + needing.size() + ")",
                    needing.stream().map(Role::name).collect(Collectors.joining(", "))));
            needing.stream().limit(MAX_ACTIONS - actions.size())
                    .forEach(r -> actions.add(new Action(r.name(), Commands.skill(skill, r))));
        }
        return new Answer(skill.name(), sections, cap(actions),
                Optional.of(role != null ? page(role) : home()));
    }

    static Answer skillAtLevel(FrameworkModel model, Skill skill, Role role, RoleLevel level) {
        Optional<SkillRequirement> requirement = level.requirement(skill.name());
        List<Section> sections = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        if (requirement.isEmpty()) {
            sections.add(Section.text("", level.name() + " does not list " + skill.name() + " among its skills."));
        } else {
            SkillLevel skillLevel = requirement.get().level();
            sections.add(Section.text("", level.name() + " needs " + skill.name() + " at " + skillLevel.label()
                    + " level. " + skillLevel.scaleDescription() + "."));
            List<String> youCan = requirement.get().youCan().isEmpty() ? skill.youCanAt(skillLevel)
                    : requirement.get().youCan();
            if (youCan.isEmpty()) {
                sections.add(Section.text("You can:", "The framework data loaded here does not describe this skill "
                        + "level. The published page has the full description."));
            } else {
                sections.add(Section.bullets("You can:", youCan));
            }
        }
        role.previous(level).ifPresent(p -> actions.add(new Action("At " + p.name(), Commands.skillAt(skill, role, p))));
        role.next(level).ifPresent(n -> actions.add(new Action("At " + n.name(), Commands.skillAt(skill, role, n))));
        actions.add(new Action("Across all levels", Commands.skill(skill, role)));
        return new Answer(skill.name() + " at " + level.name(), sections, cap(actions), Optional.of(page(role)));
    }
}
