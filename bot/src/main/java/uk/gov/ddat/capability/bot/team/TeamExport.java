package uk.gov.ddat.capability.bot.team;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.TextFiles;

/**
 * The team view as CSV for a spreadsheet: a row per person (name, role level, date of their latest
 * self-assessment), a column per skill saying where they stand ("below", "at", "above", "not
 * assessed"; empty where their level does not need it). Names are untrusted text: cells are quoted
 * and formula-neutralised as in the person's own export. UTF-8 with a byte order mark for Excel.
 */
public class TeamExport {

    public static final String FILE_NAME = "team-skills.csv";

    public Attachment csv(TeamReport report) {
        StringBuilder out = new StringBuilder(TextFiles.BYTE_ORDER_MARK);
        List<String> header = new ArrayList<>(List.of("Person", "Role level", "Self-assessed on"));
        report.skills().forEach(s -> header.add(s.skill()));
        TextFiles.csvLine(out, header);
        for (TeamReport.Person person : report.people()) {
            List<String> cells = new ArrayList<>(List.of(person.name(), person.level().orElse(""),
                    person.assessedAt().map(at -> at.toString().substring(0, 10)).orElse("")));
            for (TeamReport.SkillCount skill : report.skills()) {
                TeamReport.Standing standing = person.standings().get(skill.skill());
                cells.add(standing == null ? "" : standing.label());
            }
            TextFiles.csvLine(out, cells);
        }
        return new Attachment(FILE_NAME, TextFiles.CSV, out.toString().getBytes(StandardCharsets.UTF_8),
                "Your team's skills (" + report.people().size() + " people), as CSV");
    }
}
