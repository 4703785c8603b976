package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/** Gap reports for the chart and export tests and the benchmark (made up, not framework content). */
final class GapReports {

    static final Instant ASSESSED = Instant.parse("2026-11-27T10:15:00Z");
    static final Instant PREVIOUS = Instant.parse("2026-10-01T09:00:00Z");

    private GapReports() {
    }

    static GapReport.Row row(String skill, SelfLevel self, SelfLevel previous, SkillLevel now, SkillLevel atTarget) {
        return new GapReport.Row(skill, Optional.ofNullable(self), Optional.ofNullable(previous),
                Optional.ofNullable(now), Optional.ofNullable(atTarget));
    }

    /** Ten skills, self-assessed twice, with a target: the typical report. */
    static GapReport typical() {
        return report(List.of(
                row("Incident management", SelfLevel.WORKING, SelfLevel.AWARENESS, SkillLevel.PRACTITIONER, SkillLevel.EXPERT),
                row("Availability and capacity management", SelfLevel.PRACTITIONER, SelfLevel.PRACTITIONER, SkillLevel.PRACTITIONER, SkillLevel.EXPERT),
                row("Continual service improvement", SelfLevel.AWARENESS, SelfLevel.NOT_YET, SkillLevel.WORKING, SkillLevel.PRACTITIONER),
                row("IT infrastructure", SelfLevel.EXPERT, SelfLevel.PRACTITIONER, SkillLevel.PRACTITIONER, SkillLevel.PRACTITIONER),
                row("Modern standards approach", SelfLevel.NOT_YET, null, SkillLevel.WORKING, SkillLevel.PRACTITIONER),
                row("Ownership and initiative", SelfLevel.PRACTITIONER, SelfLevel.WORKING, SkillLevel.PRACTITIONER, SkillLevel.EXPERT),
                row("Problem management", SelfLevel.WORKING, SelfLevel.WORKING, SkillLevel.WORKING, SkillLevel.PRACTITIONER),
                row("Service focus", SelfLevel.PRACTITIONER, SelfLevel.PRACTITIONER, SkillLevel.WORKING, SkillLevel.PRACTITIONER),
                row("Technical specialism in infrastructure operations and platform support", SelfLevel.WORKING, SelfLevel.WORKING, SkillLevel.PRACTITIONER, SkillLevel.PRACTITIONER),
                row("Strategic thinking", null, null, null, SkillLevel.PRACTITIONER)));
    }

    static GapReport report(List<GapReport.Row> rows) {
        return new GapReport("Infrastructure operations engineer", "Senior infrastructure operations engineer",
                Optional.of("Lead infrastructure operations engineer"),
                "https://ddat-capability-framework.service.gov.uk/role/infrastructure-operations-engineer",
                Optional.of(ASSESSED), Optional.of(PREVIOUS), rows);
    }

    /** The typical report's skills before any self-assessment. */
    static GapReport unassessed() {
        List<GapReport.Row> rows = new ArrayList<>();
        for (GapReport.Row row : typical().rows()) {
            rows.add(new GapReport.Row(row.skill(), Optional.empty(), Optional.empty(), row.now(), row.atTarget()));
        }
        return new GapReport("Infrastructure operations engineer", "Senior infrastructure operations engineer",
                Optional.of("Lead infrastructure operations engineer"), typical().roleUrl(),
                Optional.empty(), Optional.empty(), rows);
    }

    static GapReport rows(int count) {
        List<GapReport.Row> rows = new ArrayList<>();
        SelfLevel[] selves = SelfLevel.values();
        SkillLevel[] levels = SkillLevel.values();
        for (int i = 0; i < count; i++) {
            rows.add(row("Skill number " + (i + 1), selves[i % selves.length], null, levels[i % levels.length],
                    levels[(i + 1) % levels.length]));
        }
        return report(rows);
    }
}
