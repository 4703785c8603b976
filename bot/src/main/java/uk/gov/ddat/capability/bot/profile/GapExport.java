package uk.gov.ddat.capability.bot.profile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The latest assessment and gaps as files to take to a performance or development conversation:
 * CSV for a spreadsheet, Markdown for notes. UTF-8. Names come from the framework and the person's
 * own role choice, so both formats treat them as untrusted text. Thread-safe (no state).
 */
public class GapExport {

    public static final String CSV = "text/csv";
    public static final String MARKDOWN = "text/markdown";

    /** Lets Excel, which many will open the file in, read it as UTF-8 rather than the local code page. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * One row per skill: Skill, Self-assessed, Required now (level), Required at target (target),
     * Gap now, To grow for target, Previous. Gaps are counted in levels (0 when met); a cell is
     * empty where a level does not apply (not assessed, not needed, no target).
     */
    public Attachment csv(GapReport report) {
        StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
        line(out, List.of("Skill", "Self-assessed", "Required now (" + report.level() + ")",
                report.target().map(target -> "Required at target (" + target + ")").orElse("Required at target"),
                "Gap now", "To grow for target", "Previous"));
        for (GapReport.Row row : report.rows()) {
            line(out, List.of(row.skill(), row.self().map(SelfLevel::title).orElse(""), title(row.now()),
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
        out.append("# Your skills: ").append(escape(report.level())).append("\n\n");
        out.append(report.assessedAt().map(at -> "Self-assessed on " + GapWording.date(at))
                .orElse("Not assessed yet: this shows what the level needs"));
        report.previousAt().filter(at -> report.assessed())
                .ifPresent(at -> out.append(" (previously ").append(GapWording.date(at)).append(")"));
        out.append(".");
        report.target().ifPresent(t -> out.append(" Target: ").append(escape(t)).append("."));
        out.append("\n\n").append(GapWording.capitalise(escape(GapWording.counts(report)))).append(".\n\n");

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
        row(out, header.stream().map(GapExport::escape).toList());
        row(out, header.stream().map(cell -> "---").toList());
        for (GapReport.Row row : report.rows()) {
            List<String> cells = new ArrayList<>(List.of(escape(row.skill())));
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
            row(out, cells);
        }
        out.append("\n[").append(escape(report.role())).append(" on the Capability Framework](")
                .append(linkTarget(report.roleUrl())).append(")\n");
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

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvCell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180 quoting, after neutralising formulas: a spreadsheet runs a cell starting with
     * = + - @ (or a tab or CR before one) as a formula, so such a cell starts with ' instead.
     */
    public static String csvCell(String value) {
        String cell = value;
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            cell = "'" + cell;
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /**
     * Text shown as itself in Markdown: ASCII punctuation that could start markup (emphasis,
     * links, HTML, table cells) is backslash-escaped, and line breaks become spaces so a name
     * stays in its table cell.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.replaceAll("[\\r\\n]+", " ").toCharArray()) {
            if ("\\`*_{}[]<>()#+-!|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The link target with the characters that would end or break it percent-encoded. */
    private static String linkTarget(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }
}
