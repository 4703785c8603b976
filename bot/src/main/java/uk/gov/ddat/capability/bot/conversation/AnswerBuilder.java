package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.grades;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.levelLabel;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.noDescription;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/** Builds the answer to an understood question, from the framework data only. */
final class AnswerBuilder {

    static final int MAX_ACTIONS = AnswerParts.MAX_ACTIONS;
    private static final int MAX_CHOICES = 5;

    private final TipCatalogue tips;

    AnswerBuilder(TipCatalogue tips) {
        this.tips = tips;
    }

    /** Answers that list what something needs or does, which a "not" would turn around. */
    private static final java.util.Set<Intent> LOOKUPS = java.util.EnumSet.of(Intent.ROLE_OVERVIEW, Intent.ROLE_LEVEL,
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
            case HELP -> help(model, wording);
            case LIST_ROLES -> question.detail() == Detail.Aspect.MANAGEMENT_TRACK
                    ? FilterAnswers.managementTrack(model) : listRoles(model);
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
            case ROLE_OVERVIEW -> roleOverview(question.role().orElseThrow());
            case ROLE_LEVEL -> roleLevel(question.role().orElseThrow(), question.level().orElseThrow());
            case SKILL -> skill(model, question.skill().orElseThrow(), question.role());
            case SKILL_AT_LEVEL -> skillAtLevel(model, question.skill().orElseThrow(), question.role().orElseThrow(),
                    question.level().orElseThrow());
            case PROGRESSION -> progression(question.role().orElseThrow(), question.level().orElseThrow(),
                    question.toLevel());
            case GRADE -> question.grade().map(g -> question.level().isPresent()
                            ? gradeOfLevel(question.role().orElseThrow(), question.level().get(), g) : grade(model, g))
                    .orElseGet(() -> gradesOf(question.role().orElseThrow(), question.level().orElseThrow()));
            case SEARCH -> search(index, question);
            case TIP -> tips.random(model);
            case CLARIFY -> clarify(question).withOutcome(Answer.Outcome.NOT_SURE);
            case NO_SUCH_LEVEL -> noSuchLevel(question.role().orElseThrow(), ((Detail.MissingLevel) question.detail()).word())
                    .withOutcome(Answer.Outcome.NOT_IN_DATA);
            case UNKNOWN -> unknown(model, question.quoted()).withOutcome(Answer.Outcome.NOT_SURE);
        };
    }

    private Answer help(FrameworkModel model, Wording wording) {
        List<Fact> grammar = List.of(
                new Fact(wording.command("roles"), "the roles and role families"),
                new Fact(wording.command("<role>"), "what a role does and its levels"),
                new Fact(wording.command("<level>"), "a role level: what you will do, grades and skills"),
                new Fact(wording.command("<skill>"), "a skill, and its level at every role level"),
                new Fact(wording.command("<skill> <level>"), "a skill at one level"),
                new Fact(wording.command("compare <level> <level>"), "what changes from one level to another"),
                new Fact(wording.command("grade <grade>"), "the levels done at a Civil Service grade"),
                new Fact(wording.command("search <words>"), "search names and descriptions"),
                new Fact(wording.command("tip"), "a tip about the framework"));
        List<Fact> personal = List.of(
                new Fact(wording.command("me <your level>"), "record your role level (only you see it)"),
                new Fact(wording.command("assess"), "rate yourself on the skills of your level"),
                new Fact(wording.command("my gaps"), "your skills against your level and your next step"),
                new Fact(wording.command("export"), "your assessment and gaps as files"),
                new Fact(wording.command("forget me"), "delete everything kept about you"));
        return new Answer("How to ask about the capability framework",
                List.of(Section.text("", wording.howToAsk()),
                        Section.facts("Commands", grammar),
                        Section.facts("About you", personal),
                        Section.bullets("Examples", examples(model))),
                exampleActions(model), Optional.of(home()));
    }

    private Answer listRoles(FrameworkModel model) {
        List<Section> sections = new ArrayList<>();
        for (RoleFamily family : model.families()) {
            sections.add(Section.bullets(family.name(), family.roles().stream().map(AnswerBuilder::roleLine).toList()));
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

    private Answer roleOverview(Role role) {
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

    private Answer roleLevel(Role role, RoleLevel level) {
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

    private Answer skill(FrameworkModel model, Skill skill, Optional<Role> context) {
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

    private Answer skillAtLevel(FrameworkModel model, Skill skill, Role role, RoleLevel level) {
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

    private Answer progression(Role role, RoleLevel from, Optional<RoleLevel> maybeTo) {
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

    private Answer grade(FrameworkModel model, Grade grade) {
        List<LevelOfRole> levels = model.levelsAtGrade(grade);
        List<Section> sections = new ArrayList<>();
        if (levels.isEmpty()) {
            boolean anyGrades = model.roles().stream().flatMap(r -> r.levels().stream()).anyMatch(l -> !l.grades().isEmpty());
            sections.add(Section.text("", anyGrades
                    ? "No role level in the data loaded here is typically done at " + grade.label() + "."
                    : "The data loaded here has no job grades."));
        } else {
            sections.add(Section.bullets("Role levels often performed at " + grade.label(), levels.stream()
                    .map(l -> l.level().name() + grades(l.level().grades(), " (", ")")).toList()));
        }
        long withGrades = model.roles().stream().filter(r -> r.levels().stream().anyMatch(l -> !l.grades().isEmpty()))
                .count();
        if (withGrades < model.roles().size()) {
            sections.add(Section.text("", "Grades are known for " + withGrades + " of the " + model.roles().size()
                    + " roles loaded; the official export does not include them. Check each role's published page."));
        }
        List<Action> actions = levels.stream().limit(MAX_ACTIONS)
                .map(l -> new Action(l.level().name(), Commands.level(l.role(), l.level()))).toList();
        return new Answer(grade.label(), sections, actions, Optional.of(home()));
    }

    /** "Can an AO be a senior?": whether the level is done at the grade, from the grades the data gives. */
    private Answer gradeOfLevel(Role role, RoleLevel level, Grade grade) {
        if (level.grades().isEmpty()) {
            return new Answer(level.name() + " at " + grade.code() + "?", List.of(Section.text("",
                    "The framework data loaded here does not give the grades for " + level.name() + ".")),
                    List.of(new Action(level.name(), Commands.level(role, level))), Optional.of(page(role)),
                    Answer.Outcome.NOT_IN_DATA);
        }
        boolean yes = level.grades().contains(grade);
        String text = (yes ? "Yes: " : "Not usually: ") + level.name() + " is often performed at "
                + grades(level.grades(), "", "") + ".";
        List<Action> actions = new ArrayList<>();
        actions.add(new Action("Levels at " + grade.code(), "grade " + grade.code()));
        actions.add(new Action(level.name(), Commands.level(role, level)));
        return new Answer(level.name() + " at " + grade.code() + "?", List.of(Section.text("", text)), actions,
                Optional.of(page(role)));
    }

    private Answer gradesOf(Role role, RoleLevel level) {
        String text = level.grades().isEmpty()
                ? "The framework data loaded here does not give the grades for " + level.name() + "."
                : level.name() + " is often performed at the Civil Service job grade of "
                        + grades(level.grades(), "", "") + ".";
        return new Answer(level.name() + ": job grade", List.of(Section.text("", text)),
                List.of(new Action(level.name(), Commands.level(role, level))), Optional.of(page(role)));
    }

    private Answer search(ModelIndex index, Question question) {
        Detail.Search search = (Detail.Search) question.detail();
        List<FrameworkSearch.Hit> hits = search.hits();
        String quoted = UserText.quote(search.words());
        if (hits.isEmpty()) {
            return unknown(index.model, quoted);
        }
        List<String> lines = hits.stream()
                .map(h -> h.name() + (h.kind() == FrameworkSearch.Kind.SKILL ? " (skill)" : " (role)")).toList();
        List<Action> actions = hits.stream().limit(MAX_ACTIONS).map(h -> new Action(h.name(), h.name())).toList();
        return new Answer("Search: " + quoted, List.of(Section.bullets("Best matches", lines)), actions,
                Optional.of(home()));
    }

    private Answer clarify(Question question) {
        List<String> choices = question.choices();
        String kind = question.detail() instanceof Detail.Choosing choosing ? choosing.noun : "thing";
        String subject = question.skill().filter(s -> question.detail() == Detail.Choosing.ROLE)
                .map(s -> "Which role do you mean for " + s.name() + "?")
                .orElse(choices.size() <= 3 && question.confidence() > 0 && !choices.isEmpty()
                        ? "Did you mean " + String.join(" or ", choices) + "?"
                        : "Which " + kind + " do you mean?");
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", choices.size() == 1
                ? "I am not sure that is what you meant. Pick it, or ask again naming the " + kind + "."
                : choices.size() + " " + kind + "s fit that question. Pick one, or ask again naming the " + kind + "."));
        if (choices.size() > MAX_CHOICES) {
            sections.add(Section.text("", "Also: " + String.join(", ", choices.subList(MAX_CHOICES, choices.size()))));
        }
        String words = question.quoted();
        List<Action> actions = choices.stream().limit(MAX_CHOICES)
                .map(c -> new Action(c, (words + " " + c).strip())).toList();
        return new Answer(subject, sections, actions, Optional.empty());
    }

    private Answer noSuchLevel(Role role, String word) {
        String levels = role.levels().stream().map(RoleLevel::name).collect(Collectors.joining(", "));
        return new Answer(role.name() + " has no " + UserText.quote(word) + " level",
                List.of(Section.text("", "The levels of " + role.name() + " are: " + levels + ".")),
                role.levels().stream().limit(MAX_ACTIONS).map(l -> new Action(l.name(), Commands.level(role, l))).toList(),
                Optional.of(page(role)));
    }

    private Answer unknown(FrameworkModel model, String quoted) {
        String opening = quoted.isBlank() ? "Ask me about the capability framework's roles, levels, grades and skills."
                : "Sorry, I couldn't find an answer to \"" + quoted + "\". Here are some questions I can answer:";
        return new Answer("I can help with roles, levels, grades and skills",
                List.of(Section.text("", opening), Section.bullets("Try", examples(model)),
                        Section.text("", "Say \"help\" for everything I understand.")),
                exampleActions(model), Optional.of(home()));
    }

    /** Three questions that work on the data loaded, built from it. */
    static List<String> examples(FrameworkModel model) {
        Role role = model.roles().stream().filter(r -> r.levels().size() >= 2).findFirst().orElseThrow();
        RoleLevel second = role.levels().get(Math.min(2, role.levels().size() - 1));
        RoleLevel first = role.previous(second).orElse(role.levels().get(0));
        String skill = second.skills().get(0).skill();
        boolean onlyRole = model.roles().size() == 1;
        return List.of("what skills does a " + second.name().toLowerCase(Locale.ROOT) + " need",
                "how do I get from " + shortName(role, first, onlyRole) + " to " + shortName(role, second, onlyRole),
                skill.toLowerCase(Locale.ROOT) + (onlyRole ? "" : " for " + role.name().toLowerCase(Locale.ROOT)));
    }

    /** With one role loaded, "senior" says "senior infrastructure operations engineer"; the plain level is "level N". */
    private static String shortName(Role role, RoleLevel level, boolean onlyRole) {
        String name = level.name().toLowerCase(Locale.ROOT);
        String roleName = role.name().toLowerCase(Locale.ROOT);
        if (!onlyRole) {
            return Commands.level(role, level).toLowerCase(Locale.ROOT);
        }
        if (name.equals(roleName)) {
            return "level " + level.position();
        }
        return name.endsWith(" " + roleName) ? name.substring(0, name.length() - roleName.length() - 1) : name;
    }

    private static List<Action> exampleActions(FrameworkModel model) {
        return examples(model).stream().map(e -> new Action(e, e)).toList();
    }






}
