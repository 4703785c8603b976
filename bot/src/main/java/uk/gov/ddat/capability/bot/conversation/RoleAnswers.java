package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.MAX_ACTIONS;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.grades;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.levelLabel;
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
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * Answers about roles and role levels: the list of roles, one role with its levels, one role
 * level, the step from one level to another, and a level a role does not have.
 */
final class RoleAnswers {

    private RoleAnswers() {
    }
    static Answer listRoles(FrameworkModel model) {
        List<Section> sections = new ArrayList<>();
        for (RoleFamily family : model.families()) {
            sections.add(Section.bullets(family.name(), family.roles().stream().map(RoleAnswers::roleLine).toList()));
        }
        List<Action> actions = model.roles().stream().filter(r -> !r.levels().isEmpty()).limit(MAX_ACTIONS)
                .map(r -> new Action(r.name(), Commands.role(r))).toList();
        String count = model.roles().size() == 1 ? "1 role" : model.roles().size() + " roles";
        return new Answer("Roles in the framework (" + count + ")", sections, actions, Optional.of(home()));
    }

    private static String roleLine(Role role) {
        if (role.levels().isEmpty()) {
            return role.name() + " (" + role.roleType().orElse("no role levels") + ")";
        }
        return role.name() + " (" + role.levels().size() + " levels)";
    }

    static Answer roleOverview(Role role) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", role.description().isEmpty() ? noDescription("this role") : role.description()));
        if (!role.youWill().isEmpty()) {
            sections.add(Section.bullets("In this role, you will:", role.youWill()));
        }
        if (role.levels().isEmpty()) {
            sections.add(Section.text("Role levels", "The framework does not describe this "
                    + role.roleType().orElse("") + " role level by level. The skills it lists are:"));
            sections.add(Section.bullets("", role.unlevelledSkills()));
        } else {
            sections.add(Section.facts("Role levels", role.levels().stream()
                    .map(l -> new Fact(levelLabel(l), l.name() + grades(l.grades(), " (", ")"))).toList()));
        }
        sections.add(Section.text("", "Family: " + role.family()));
        List<Action> actions = role.levels().stream().limit(MAX_ACTIONS)
                .map(l -> new Action(l.name(), Commands.level(role, l))).toList();
        return new Answer(role.name(), sections, actions, Optional.of(page(role)));
    }

    static Answer roleLevel(Role role, RoleLevel level) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", level.summary().isEmpty() ? noDescription("this role level") : level.summary()));
        if (!level.youWill().isEmpty()) {
            sections.add(Section.bullets("At this role level, you will:", level.youWill()));
        }
        sections.add(Section.text("Civil Service job grade", level.grades().isEmpty()
                ? "The framework data loaded here does not give the grades for this level."
                : grades(level.grades(), "Often performed at ", ".")));
        sections.add(Section.facts("Skills (" + level.skills().size() + ")", level.skills().stream()
                .map(s -> new Fact(s.skill(), s.level().label())).toList()));
        List<Action> actions = new ArrayList<>();
        role.previous(level).ifPresent(p -> actions.add(new Action("Previous: " + p.name(), Commands.level(role, p))));
        role.next(level).ifPresent(n -> {
            actions.add(new Action("Next: " + n.name(), Commands.level(role, n)));
            actions.add(new Action("What changes at " + n.name(), Commands.compare(role, level, n)));
        });
        return new Answer(level.name() + " (" + levelLabel(level) + " of " + role.name() + ")", sections,
                cap(actions), Optional.of(page(role)));
    }

    static Answer progression(Role role, RoleLevel from, Optional<RoleLevel> maybeTo) {
        if (maybeTo.isEmpty()) {
            String where = role.next(from).isEmpty() ? "the last" : "the first";
            return new Answer(from.name(), List.of(Section.text("", from.name() + " is " + where + " level of "
                            + role.name() + ", so there is no level to compare it with in that direction.")),
                    List.of(new Action(from.name(), Commands.level(role, from))), Optional.of(page(role)));
        }
        RoleLevel to = maybeTo.get();
        List<String> stepUp = new ArrayList<>();
        List<String> stepDown = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (SkillRequirement target : to.skills()) {
            Optional<SkillRequirement> before = from.requirement(target.skill());
            if (before.isEmpty()) {
                added.add(target.skill() + ": " + target.level().label());
            } else if (target.level().compareTo(before.get().level()) > 0) {
                stepUp.add(target.skill() + ": " + before.get().level().label() + " → " + target.level().label());
            } else if (target.level().compareTo(before.get().level()) < 0) {
                stepDown.add(target.skill() + ": " + before.get().level().label() + " → " + target.level().label());
            } else {
                same.add(target.skill());
            }
        }
        from.skills().stream().filter(s -> to.requirement(s.skill()).isEmpty())
                .forEach(s -> dropped.add(s.skill() + " (was " + s.level().label() + ")"));

        List<Section> sections = new ArrayList<>();
        sections.add(Section.bullets("Skills that step up (" + stepUp.size() + ")", stepUp.isEmpty()
                ? List.of("none") : stepUp));
        if (!added.isEmpty()) {
            sections.add(Section.bullets("New at " + to.name() + " (" + added.size() + ")", added));
        }
        if (!stepDown.isEmpty()) {
            sections.add(Section.bullets("Skills listed at a lower level (" + stepDown.size() + ")", stepDown));
        }
        if (!dropped.isEmpty()) {
            sections.add(Section.bullets("No longer listed (" + dropped.size() + ")", dropped));
        }
        if (!same.isEmpty()) {
            sections.add(Section.text("Unchanged (" + same.size() + ")", String.join(", ", same)));
        }
        if (!from.grades().isEmpty() || !to.grades().isEmpty()) {
            sections.add(Section.text("Civil Service job grade", grades(from.grades(), "", "") + " → "
                    + grades(to.grades(), "", "")));
        }
        if (!to.youWill().isEmpty()) {
            sections.add(Section.bullets("At " + to.name() + ", you will:", to.youWill()));
        }
        List<Action> actions = new ArrayList<>();
        role.next(to).ifPresent(n -> actions.add(new Action("What changes at " + n.name(), Commands.compare(role, to, n))));
        actions.add(new Action(to.name(), Commands.level(role, to)));
        actions.add(new Action(from.name(), Commands.level(role, from)));
        return new Answer("From " + from.name() + " to " + to.name(), sections, cap(actions), Optional.of(page(role)));
    }

    static Answer noSuchLevel(Role role, String word) {
        String levels = role.levels().stream().map(RoleLevel::name).collect(Collectors.joining(", "));
        return new Answer(role.name() + " has no " + UserText.quote(word) + " level",
                List.of(Section.text("", "The levels of " + role.name() + " are: " + levels + ".")),
                role.levels().stream().limit(MAX_ACTIONS).map(l -> new Action(l.name(), Commands.level(role, l))).toList(),
                Optional.of(page(role)));
    }
}
