package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.MAX_ACTIONS;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.grades;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/** Answers about Civil Service job grades: the levels at a grade, and the grades of a level. */
final class GradeAnswers {

    private GradeAnswers() {
    }
    static Answer grade(FrameworkModel model, Grade grade) {
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
    static Answer gradeOfLevel(Role role, RoleLevel level, Grade grade) {
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

    static Answer gradesOf(Role role, RoleLevel level) {
        String text = level.grades().isEmpty()
                ? "The framework data loaded here does not give the grades for " + level.name() + "."
                : level.name() + " is often performed at the Civil Service job grade of "
                        + grades(level.grades(), "", "") + ".";
        return new Answer(level.name() + ": job grade", List.of(Section.text("", text)),
                List.of(new Action(level.name(), Commands.level(role, level))), Optional.of(page(role)));
    }
}
