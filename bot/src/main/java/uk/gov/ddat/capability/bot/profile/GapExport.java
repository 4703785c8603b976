package uk.gov.ddat.capability.bot.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.support.TextFiles;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The latest assessment and gaps as files to take to a performance or development conversation:
 * CSV for a spreadsheet, Markdown for notes. UTF-8. Names come from the framework and the person's
 * own role choice, so both formats treat them as untrusted text. Thread-safe (no state).
 */
public class GapExport {

    public static final String CSV = TextFiles.CSV;
    public static final String MARKDOWN = TextFiles.MARKDOWN;

    /**
     * One row per skill: Skill, Self-assessed, Required now (level), Required at target (target),
     * Gap now, To grow for target, Previous. Gaps are counted in levels (0 when met); a cell is
     * empty where a level does not apply (not assessed, not needed, no target).
     */
    public Attachment csv(GapReport report) {
        StringBuilder out = new StringBuilder(TextFiles.BYTE_ORDER_MARK);
        TextFiles.csvLine(out, List.of("Skill", "Self-assessed", "Required now (" + report.level() + ")",
                report.target().map(target -> "Required at target (" + target + ")").orElse("Required at target"),
                "Gap now", "To grow for target", "Previous"));
        for (GapReport.Row row : report.rows()) {
            TextFiles.csvLine(out, List.of(row.skill(), row.self().map(SelfLevel::title).orElse(""), title(row.now()),
                    title(row.atTarget()), gapNow(row), toGrow(row), row.previous().map(SelfLevel::title).orElse("")));
        }
        return new Attachment(GapWording.fileName(report, "csv"), CSV, out.toString().getBytes(StandardCharsets.UTF_8),
                description(report));
    }

    /** A title, the date, the counts, a table of the skills and a link to the role's published page. */
    public Attachment markdown(GapReport report) {
        String now = GapWording.shortLevel(report);
        String target = GapWording.shortTarget(report);
        StringBuilder out = new StringBuilder();
        out.append("# Your skills: ").append(TextFiles.markdown(report.level())).append("\n\n");
        out.append(report.assessedAt().map(at -> "Self-assessed on " + GapWording.date(at))
                .orElse("Not assessed yet: this shows what the level needs"));
        report.previousAt().filter(at -> report.assessed())
                .ifPresent(at -> out.append(" (previously ").append(GapWording.date(at)).append(")"));
        out.append(".");
        report.target().ifPresent(t -> out.append(" Target: ").append(TextFiles.markdown(t)).append("."));
        out.append("\n\n").append(GapWording.capitalise(TextFiles.markdown(GapWording.counts(report)))).append(".\n\n");

        List<String> header = new ArrayList<>(List.of("Skill"));
        if (report.assessed()) {
            header.add("You");
        }
        header.add(GapWording.capitalise(now) + " needs");
        report.target().ifPresent(t -> header.add(GapWording.capitalise(target) + " needs"));
        if (report.assessed()) {
            header.add("Gap now");
        }
        report.target().ifPresent(t -> header.add("To grow for " + target));
        if (report.assessed() && report.previousAt().isPresent()) {
            header.add("Previously");
        }
        TextFiles.markdownRow(out, header.stream().map(TextFiles::markdown).toList());
        TextFiles.markdownRow(out, header.stream().map(cell -> "---").toList());
        for (GapReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(TextFiles.markdown(row.skill())));
            if (report.assessed()) {
                cells.add(GapWording.self(row.self()));
            }
            cells.add(row.now().map(SkillLevel::label).orElse("-"));
            report.target().ifPresent(t -> cells.add(row.atTarget().map(SkillLevel::label).orElse("-")));
            if (report.assessed()) {
                cells.add(levels(gapNow(row)));
            }
            report.target().ifPresent(t -> cells.add(levels(toGrow(row))));
            if (report.assessed() && report.previousAt().isPresent()) {
                cells.add(row.previous().map(SelfLevel::label).orElse("-"));
            }
            TextFiles.markdownRow(out, cells);
        }
        out.append("\n").append(TextFiles.markdownLink(report.role() + " on the Capability Framework",
                report.roleUrl())).append("\n");
        return new Attachment(GapWording.fileName(report, "md"), MARKDOWN, out.toString().getBytes(StandardCharsets.UTF_8),
                description(report));
    }

    private static String description(GapReport report) {
        return "Your skills and gaps as " + report.level()
                + report.assessedAt().map(at -> ", self-assessed on " + GapWording.date(at)).orElse(", not assessed yet");
    }

    private static String title(Optional<SkillLevel> level) {
        return level.map(SkillLevel::title).orElse("");
    }

    /** Levels below what the role level needs; empty when not assessed or not needed. */
    private static String gapNow(GapReport.Row row) {
        if (row.self().isEmpty() || row.now().isEmpty()) {
            return "";
        }
        return Integer.toString(Math.max(0, row.now().get().rank() - row.self().get().rank()));
    }

    /** Levels to grow for the target, unassessed counting as not yet (as {@link GapReport.Row#toGrowForTarget()}). */
    private static String toGrow(GapReport.Row row) {
        return row.atTarget().map(level -> Integer.toString(
                Math.max(0, level.rank() - row.self().orElse(SelfLevel.NOT_YET).rank()))).orElse("");
    }

    private static String levels(String count) {
        return switch (count) {
            case "" -> "-";
            case "0" -> "none";
            case "1" -> "1 level";
            default -> count + " levels";
        };
    }
}
