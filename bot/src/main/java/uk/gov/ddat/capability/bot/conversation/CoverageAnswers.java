package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Outcome;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/** What the data covers and does not: topics outside it, the data's date, and the lines that say who does what. */
final class CoverageAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CoverageAnswers() {
    }

    /** Says plainly that the framework does not cover the topic, then offers the nearest thing it does. */
    static Answer notCovered(Question question, ModelIndex index) {
        FrameworkModel model = index.model;
        NotCoveredRule.Topic topic = ((Detail.Uncovered) question.detail()).topic();
        String what = topic == NotCoveredRule.Topic.OFF_TOPIC ? "that" : topic.label;
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", topic == NotCoveredRule.Topic.OFF_TOPIC
                ? "That is not something the capability framework covers: it describes digital and data roles, "
                        + "their levels, job grades and skills."
                : "The capability framework does not cover " + what + "."));
        List<Action> actions = new ArrayList<>();
        Optional<Role> role = question.role();
        String nearest = switch (topic) {
            case PAY -> "It does give the Civil Service job grade each role level is often performed at; pay "
                    + "for a grade is set by each department.";
            case TIME -> "It does say what changes from one role level to the next: the skills that step up.";
            case WORKPLACE -> "It does describe what each role does and the skills it needs.";
            case TECHNOLOGY -> "It describes skills independent of products and qualifications; the nearest are "
                    + "the skills that name the area.";
            case OFF_TOPIC -> "";
        };
        if (!nearest.isEmpty()) {
            sections.add(Section.text("What it does cover", nearest));
        }
        question.skill().ifPresent(s -> actions.add(new Action(s.name(), s.name())));
        for (String words : question.choices()) {
            index.search().search(words, 2).forEach(hit -> actions.add(new Action(hit.name(), hit.name())));
        }
        if (role.isPresent() && !role.get().levels().isEmpty()) {
            Role r = role.get();
            RoleLevel level = r.levels().get(Math.min(2, r.levels().size() - 1));
            switch (topic) {
                case PAY -> actions.add(new Action("Grades for each level", "grades for each level of " + r.name()));
                case TIME -> r.next(level).ifPresent(n -> actions.add(new Action("What changes at " + n.name(),
                        Commands.compare(r, level, n))));
                default -> actions.add(new Action(r.name(), Commands.role(r)));
            }
        }
        HelpAnswers.examples(model).stream().limit(Math.max(0, 3 - actions.size()))
                .forEach(e -> actions.add(new Action(e, e)));
        return new Answer("Not covered by the capability framework", sections, cap(actions), Optional.of(home()),
                Outcome.NOT_IN_DATA);
    }

    /** The date the data gives for itself, or that it gives none. */
    static Answer dataDate(FrameworkModel model) {
        Optional<String> date = model.source().lastUpdated().map(DAY::format);
        String text = date.map(d -> "The data loaded here is from " + model.source().title()
                        + ", last updated " + d + ".")
                .orElse("The data loaded here (" + model.source().title() + ") does not give a date. "
                        + "The published framework shows its last update on its home page.");
        return new Answer("When the data is from", List.of(Section.text("", text)), List.of(),
                Optional.of(new Answer.Link(model.source().title(), model.source().url())),
                date.isPresent() ? Outcome.ANSWERED : Outcome.NOT_IN_DATA);
    }

    /** The role levels whose descriptions say they do it, with the line that says so. */
    static Answer duties(Question question, ModelIndex index) {
        Detail.Duties asked = (Detail.Duties) question.detail();
        List<FrameworkSearch.LineHit> hits = asked.hits();
        List<Section> sections = new ArrayList<>();
        List<Action> actions = new ArrayList<>();
        for (FrameworkSearch.LineHit hit : hits) {
            String who = hit.level().isEmpty() ? hit.role() + " (every level)" : hit.level();
            sections.add(Section.text(who, hit.line()));
            String command = hit.level().isEmpty() ? hit.role() : index.model.role(hit.role())
                    .flatMap(r -> r.level(hit.level()).map(l -> Commands.level(r, l))).orElse(hit.level());
            if (actions.stream().noneMatch(a -> a.command().equals(command))) {
                actions.add(new Action(hit.level().isEmpty() ? hit.role() : hit.level(), command));
            }
        }
        if (sections.isEmpty()) {
            return new Answer("No role level says it does that", List.of(Section.text("", "No role or level "
                    + "description in the data loaded here mentions \"" + UserText.quote(asked.words()) + "\".")),
                    List.of(), Optional.of(home()), Outcome.NOT_IN_DATA);
        }
        return new Answer("Role levels whose descriptions match: " + UserText.quote(asked.words()), sections, cap(actions), Optional.of(home()));
    }
}
