package uk.gov.ddat.capability.bot.team;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.GapAnalysis;
import uk.gov.ddat.capability.bot.profile.GapReport;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;

/**
 * The team view: works out, from the shares a manager holds, where each person stands on each
 * skill of their own role level, and says it in words. Per person it compares their latest
 * self-assessment with what their level needs, as "my gaps" does for them.
 */
public final class TeamView {

    /** People named one by one in the answer; the heatmap and the export have everyone. */
    static final int PEOPLE_LISTED = 20;
    /** Skills counted in the answer; the heatmap's alt text and the export have them all. */
    static final int SKILLS_LISTED = 30;

    private TeamView() {
    }

    /** The report for these members against the framework now serving. */
    public static TeamReport report(FrameworkModel model, List<ShareStore.Member> members) {
        List<TeamReport.Person> people = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ShareStore.Member member : members) {
            Optional<LevelOfRole> level = member.profile().flatMap(p -> GapAnalysis.level(model, p));
            if (level.isEmpty()) {
                people.add(new TeamReport.Person(member.name(), Optional.empty(), member.latest()
                        .map(a -> a.assessedAt()), Map.of()));
                continue;
            }
            GapReport gaps = GapAnalysis.report(model, member.profile().get(), level.get(),
                    member.latest().stream().toList());
            Map<String, TeamReport.Standing> standings = new LinkedHashMap<>();
            for (GapReport.Row row : gaps.rows()) {
                if (row.now().isPresent()) {
                    TeamReport.Standing standing = standing(row);
                    standings.put(row.skill(), standing);
                    counts.computeIfAbsent(row.skill(), s -> new int[4])[standing.ordinal()]++;
                }
            }
            people.add(new TeamReport.Person(member.name(), Optional.of(level.get().level().name()),
                    gaps.assessedAt(), standings));
        }
        List<TeamReport.SkillCount> skills = new ArrayList<>();
        counts.forEach((skill, c) -> skills.add(new TeamReport.SkillCount(skill, c[0], c[1], c[2], c[3])));
        return new TeamReport(people, skills);
    }

    private static TeamReport.Standing standing(GapReport.Row row) {
        if (row.self().isEmpty()) {
            return TeamReport.Standing.NOT_ASSESSED;
        }
        SelfLevel self = row.self().get();
        int needed = row.now().orElseThrow().rank();
        return self.rank() < needed ? TeamReport.Standing.BELOW
                : self.rank() == needed ? TeamReport.Standing.AT : TeamReport.Standing.ABOVE;
    }

    /** The answer: counts per skill, then each person in a line. {@code date} formats a day. */
    public static Answer answer(TeamReport report, Wording wording, Function<Instant, String> date) {
        if (report.isEmpty()) {
            return new Answer("Nobody shares their skills with you yet", List.of(Section.text("",
                    "Nothing is shared unless a person chooses to. Ask your team to use "
                            + wording.command("share with @you") + "; they can end it at any time with "
                            + wording.command("unshare @you") + ".")), List.of(), Optional.empty());
        }
        List<Section> sections = new ArrayList<>();
        int count = report.people().size();
        sections.add(Section.text("", "Per skill, how many stand below, at or above what their own role level "
                + "needs, from each person's latest self-assessment. Only people who chose to share with you are "
                + "here; what they said is theirs to change."));
        List<Fact> skills = report.skills().stream().limit(SKILLS_LISTED)
                .map(s -> new Fact(s.skill(), s.summary())).toList();
        if (!skills.isEmpty()) {
            sections.add(Section.facts("Skills", skills));
        }
        if (report.skills().size() > SKILLS_LISTED) {
            sections.add(Section.text("", "And " + (report.skills().size() - SKILLS_LISTED)
                    + " more skills: the export has them all."));
        }
        List<String> lines = report.people().stream().limit(PEOPLE_LISTED).map(p -> line(p, date)).toList();
        sections.add(Section.bullets("People", lines));
        if (count > PEOPLE_LISTED) {
            sections.add(Section.text("", "And " + (count - PEOPLE_LISTED) + " more: the heatmap and "
                    + wording.command("team export") + " have everyone."));
        }
        return new Answer("Your team: " + count + (count == 1 ? " person shares" : " people share")
                + " their skills with you", sections, List.of(new Action("Team export", "team export")),
                Optional.empty());
    }

    /** "Alex, Senior developer, self-assessed 3 December 2026: 2 below, 9 at, 1 above". */
    static String line(TeamReport.Person person, Function<Instant, String> date) {
        StringBuilder line = new StringBuilder(person.name());
        if (person.level().isEmpty()) {
            return line.append(": no role level given (or it is no longer in the framework)").toString();
        }
        line.append(", ").append(person.level().get());
        if (person.assessedAt().isEmpty()) {
            return line.append(": not self-assessed yet").toString();
        }
        line.append(", self-assessed ").append(date.apply(person.assessedAt().get())).append(": ");
        List<String> parts = new ArrayList<>();
        for (TeamReport.Standing standing : TeamReport.Standing.values()) {
            long n = person.count(standing);
            if (n > 0) {
                parts.add(n + " " + standing.label());
            }
        }
        return line.append(parts.isEmpty() ? "no skills listed" : String.join(", ", parts)).toString();
    }
}
