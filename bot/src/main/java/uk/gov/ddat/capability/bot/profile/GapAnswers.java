package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Link;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.SkillLevel;

/** A {@link GapReport} in words: the counts first, then each skill with where they are and what is needed. */
final class GapAnswers {

    private GapAnswers() {
    }

    /**
     * The gap answer. {@code skillsOnly} ("my skills") lists their level's skills without the
     * skills only the target needs.
     */
    static Answer answer(GapReport report, Wording wording, boolean skillsOnly, Function<Instant, String> date) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", summary(report) + (report.assessed() ? "" : " You haven't assessed your skills "
                + "yet: " + wording.command("assess") + " takes a minute.")));
        String target = report.target().orElse("");
        List<Fact> facts = new ArrayList<>();
        for (GapReport.Row row : report.rows()) {
            if (skillsOnly && row.now().isEmpty()) {
                continue;
            }
            facts.add(new Fact(row.skill(), describe(row, report.target())));
        }
        sections.add(Section.facts("Skills of " + report.level() + (report.target().isPresent() && !skillsOnly
                ? " and " + target : ""), facts));
        if (report.previousAt().isPresent() && report.changedCount() > 0) {
            List<String> changed = report.rows().stream().filter(GapReport.Row::changed)
                    .map(r -> r.skill() + ": " + r.previous().orElseThrow().label() + " → " + r.self().orElseThrow().label())
                    .toList();
            sections.add(Section.bullets("Changed since " + date.apply(report.previousAt().get()), changed));
        }
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(report.assessed() ? "Assess again" : "Assess my skills", "assess"));
        if (report.assessed()) {
            actions.add(new Action("Export", "export"));
        }
        if (report.target().isPresent()) {
            actions.add(new Action("My next level", "my next level"));
        }
        String title = report.assessed()
                ? "Your skills as " + report.level() + ", assessed " + date.apply(report.assessedAt().get())
                : "Skills of " + report.level();
        return new Answer(title, sections, actions, Optional.of(new Link(report.role()
                + " on the published framework", report.roleUrl())));
    }

    /** "3 below your level, 5 to grow for Lead ...; 2 changed since last time". */
    static String summary(GapReport report) {
        if (!report.assessed()) {
            return "You are " + report.level() + report.target().map(t -> ", aiming for " + t).orElse("") + ".";
        }
        List<String> parts = new ArrayList<>();
        parts.add(count(report.belowNowCount(), "skill") + " below your level");
        report.target().ifPresent(t -> parts.add(report.toGrowForTargetCount() + " to grow for " + t));
        if (report.previousAt().isPresent()) {
            parts.add(report.changedCount() + " changed since your previous assessment");
        }
        return String.join(", ", parts) + ".";
    }

    private static String describe(GapReport.Row row, Optional<String> target) {
        List<String> parts = new ArrayList<>();
        parts.add("you: " + row.self().map(SelfLevel::label).orElse("not assessed"));
        parts.add("needs " + row.now().map(SkillLevel::label).orElse("nothing now"));
        if (target.isPresent()) {
            parts.add("your target needs " + row.atTarget().map(SkillLevel::label).orElse("nothing"));
        }
        String marks = row.belowNow() ? " (below your level)" : row.toGrowForTarget() ? " (to grow)" : "";
        return String.join(", ", parts) + marks;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
