package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.grades;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Track;

/** Answers that filter the data: who needs a skill, which skills reach a level, all skills, grades, families. */
final class FilterAnswers {

    private static final int MAX_LINES = 40;

    private FilterAnswers() {
    }

    /** "Who needs expert user focus": the role levels needing the skill (at that skill level, if named). */
    static Answer rolesWithSkill(Question question, FrameworkModel model) {
        Skill skill = question.skill().orElseThrow();
        Optional<SkillLevel> level = question.skillLevel();
        Map<Role, List<String>> byRole = new LinkedHashMap<>();
        SkillLevel highest = null;
        for (Role role : model.rolesNeeding(skill.name())) {
            if (question.role().isPresent() && !question.role().get().equals(role)) {
                continue;
            }
            for (RoleLevel roleLevel : role.levels()) {
                Optional<SkillRequirement> need = roleLevel.requirement(skill.name());
                if (need.isEmpty()) {
                    continue;
                }
                highest = highest == null || need.get().level().compareTo(highest) > 0 ? need.get().level() : highest;
                if (level.isEmpty() || need.get().level() == level.get()) {
                    byRole.computeIfAbsent(role, r -> new ArrayList<>())
                            .add(roleLevel.name() + (level.isEmpty() ? ": " + need.get().level().label() : ""));
                }
            }
            if (role.levels().isEmpty() && level.isEmpty()) {
                byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(role.name() + " (no role levels)");
            }
        }
        String at = level.map(l -> " at " + l.label() + " level").orElse("");
        List<Section> sections = new ArrayList<>();
        int count = byRole.values().stream().mapToInt(List::size).sum();
        if (byRole.isEmpty()) {
            sections.add(Section.text("", "No role level in the data loaded here needs " + skill.name() + at + "."
                    + (highest == null ? "" : " The highest level any role level needs is " + highest.label() + ".")));
        } else {
            sections.add(Section.text("", count + " role level" + (count == 1 ? "" : "s") + " in "
                    + byRole.size() + " role" + (byRole.size() == 1 ? "" : "s") + " need " + skill.name() + at + "."));
            byRole.entrySet().stream().limit(MAX_LINES)
                    .forEach(e -> sections.add(Section.bullets(e.getKey().name(), e.getValue())));
        }
        List<Action> actions = new ArrayList<>();
        level.ifPresent(l -> actions.add(new Action(skill.name() + " at " + l.label(),
                Commands.skillAtSkillLevel(skill, l))));
        actions.add(new Action(skill.name(), skill.name()));
        return new Answer("Who needs " + skill.name() + at, sections, cap(actions), Optional.of(home()));
    }

    /** "Which skills reach expert in this role": each skill that reaches the level, and the first role level that needs it there. */
    static Answer skillsAtSkillLevel(Question question, FrameworkModel model) {
        SkillLevel level = question.skillLevel().orElseThrow();
        List<Role> roles = question.role().map(List::of).orElse(model.roles());
        Map<String, String> firstAt = new LinkedHashMap<>();
        for (Role role : roles) {
            List<RoleLevel> levels = question.level().map(List::of).orElse(role.levels());
            for (RoleLevel roleLevel : levels) {
                for (SkillRequirement need : roleLevel.skills()) {
                    if (need.level() == level) {
                        firstAt.putIfAbsent(need.skill(), roleLevel.name());
                    }
                }
            }
        }
        String where = question.level().map(RoleLevel::name).or(() -> question.role().map(Role::name))
                .orElse("the framework");
        List<Section> sections = new ArrayList<>();
        if (firstAt.isEmpty()) {
            sections.add(Section.text("", "No skill reaches " + level.label() + " level in " + where + "."));
        } else if (question.role().isPresent()) {
            sections.add(Section.facts(firstAt.size() + " skill" + (firstAt.size() == 1 ? "" : "s") + " at "
                    + level.label() + " level (first needed at)", firstAt.entrySet().stream()
                    .map(e -> new Fact(e.getKey(), e.getValue())).toList()));
        } else {
            sections.add(Section.text(firstAt.size() + " skills reach " + level.label() + " level",
                    firstAt.keySet().stream().sorted().collect(Collectors.joining(", "))));
        }
        return new Answer("Skills at " + level.label() + " level in " + where, sections, List.of(),
                Optional.of(question.role().map(AnswerParts::page).orElse(home())));
    }

    /** Every skill of a role (with the range of levels it needs), or every skill of the framework. */
    static Answer listSkills(Question question, FrameworkModel model) {
        if (question.role().isEmpty()) {
            List<String> names = model.skills().stream().map(Skill::name).toList();
            return new Answer("Skills in the framework (" + names.size() + ")",
                    List.of(Section.text("", String.join(", ", names))), List.of(), Optional.of(AnswerParts.skillsPage()));
        }
        Role role = question.role().get();
        Map<String, List<SkillLevel>> ranges = new LinkedHashMap<>();
        for (RoleLevel level : role.levels()) {
            for (SkillRequirement need : level.skills()) {
                ranges.computeIfAbsent(need.skill(), s -> new ArrayList<>()).add(need.level());
            }
        }
        List<Fact> facts = ranges.entrySet().stream().map(e -> new Fact(e.getKey(), range(e.getValue()))).toList();
        List<Section> sections = new ArrayList<>();
        if (facts.isEmpty()) {
            sections.add(Section.bullets("Skills", role.unlevelledSkills()));
        } else {
            sections.add(Section.facts(facts.size() + " skills, from the first level that needs each to the last",
                    facts));
        }
        List<Action> actions = role.levels().stream().limit(AnswerParts.MAX_ACTIONS)
                .map(l -> new Action(l.name(), Commands.level(role, l))).toList();
        return new Answer("Skills of " + role.name(), sections, actions, Optional.of(page(role)));
    }

    private static String range(List<SkillLevel> levels) {
        SkillLevel low = levels.stream().min(Enum::compareTo).orElseThrow();
        SkillLevel high = levels.stream().max(Enum::compareTo).orElseThrow();
        return low == high ? low.label() : low.label() + " → " + high.label();
    }

    /** Every level of a role with its grades. */
    static Answer listGrades(Question question, FrameworkModel model) {
        Role role = question.role().orElseThrow();
        long graded = model.roles().stream().filter(r -> r.levels().stream().anyMatch(l -> !l.grades().isEmpty()))
                .count();
        List<Fact> facts = role.levels().stream().map(l -> new Fact(l.name(), l.grades().isEmpty()
                ? "not given in the data loaded here" : grades(l.grades(), "", ""))).toList();
        return new Answer("Civil Service job grades for each " + role.name() + " level",
                graded < model.roles().size()
                        ? List.of(Section.facts("Often performed at", facts), Section.text("", "Grades are known for "
                        + graded + " of the " + model.roles().size() + " roles loaded; the official export does not "
                        + "include them."))
                        : List.of(Section.facts("Often performed at", facts)),
                List.of(), Optional.of(page(role)));
    }

    /** The roles of one family. */
    static Answer family(Question question) {
        RoleFamily family = question.family().orElseThrow();
        List<Action> actions = family.roles().stream().limit(AnswerParts.MAX_ACTIONS)
                .map(r -> new Action(r.name(), Commands.role(r))).toList();
        return new Answer(family.name() + " roles (" + family.roles().size() + ")",
                List.of(Section.bullets("", family.roles().stream().map(r -> r.name() + " (" + r.levels().size()
                        + " levels)").toList())), actions, Optional.of(home()));
    }

    /** Roles that have a parallel management track. */
    static Answer managementTrack(FrameworkModel model) {
        List<Role> roles = model.roles().stream().filter(r -> !r.levels(Track.MANAGEMENT).isEmpty()).toList();
        List<Section> sections = new ArrayList<>();
        if (roles.isEmpty()) {
            sections.add(Section.text("", "No role in the data loaded here has a separate management track."));
        } else {
            sections.add(Section.bullets(roles.size() + " role" + (roles.size() == 1 ? " has" : "s have")
                    + " a separate management track", roles.stream().map(r -> r.name() + ": "
                    + r.levels(Track.MANAGEMENT).stream().map(RoleLevel::name).collect(Collectors.joining(", "))).toList()));
        }
        return new Answer("Roles with a management track", sections, cap(roles.stream()
                .map(r -> new Action(r.name(), Commands.role(r))).toList()), Optional.of(home()));
    }
}
