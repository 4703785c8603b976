package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.support.TextFiles;
import uk.gov.ddat.capability.framework.SkillLevel;

class GapExportTest {

    private final GapExport export = new GapExport();

    @Test
    void theCsvParsesBackWithAHeaderAndARowPerSkill() {
        Attachment csv = export.csv(GapReports.typical());

        assertThat(csv.fileName()).isEqualTo("skills-gaps-2026-11-27.csv");
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        List<List<String>> rows = parse(csv);
        assertThat(rows).hasSize(11);
        assertThat(rows.get(0)).containsExactly("Skill", "Self-assessed",
                "Required now (Senior infrastructure operations engineer)",
                "Required at target (Lead infrastructure operations engineer)", "Gap now", "To grow for target", "Previous");
        assertThat(rows.get(1)).containsExactly("Incident management", "Working", "Practitioner", "Expert", "1", "2", "Awareness");
        assertThat(rows.get(4)).as("above what is needed").containsExactly("IT infrastructure", "Expert", "Practitioner",
                "Practitioner", "0", "0", "Practitioner");
        assertThat(rows.get(10)).as("only the target needs it, not assessed")
                .containsExactly("Strategic thinking", "", "", "Practitioner", "", "3", "");
    }

    @Test
    void formulasAreNeutralisedAndAwkwardNamesQuoted() {
        GapReport report = GapReports.report(List.of(
                GapReports.row("=HYPERLINK(\"http://evil.test\",\"x\")", SelfLevel.WORKING, null, SkillLevel.WORKING, null),
                GapReports.row("+1", null, null, SkillLevel.WORKING, null),
                GapReports.row("-2+3", null, null, SkillLevel.WORKING, null),
                GapReports.row("@SUM(A1)", null, null, SkillLevel.WORKING, null),
                GapReports.row("\tcmd", null, null, SkillLevel.WORKING, null),
                GapReports.row("Design, \"build\"\nand run", null, null, SkillLevel.WORKING, null),
                GapReports.row("Café – naïve", null, null, SkillLevel.WORKING, null)));

        List<List<String>> rows = parse(export.csv(report));

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("Skill",
                "'=HYPERLINK(\"http://evil.test\",\"x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tcmd",
                "Design, \"build\"\nand run", "Café – naïve");
        assertThat(TextFiles.csvCell("\r=1")).isEqualTo("\"'\r=1\"");
        assertThat(TextFiles.csvCell("plain")).isEqualTo("plain");
        assertThat(TextFiles.csvCell("x;=HYPERLINK(\"http://evil.test\")")).isEqualTo("\"x;=HYPERLINK(\"\"http://evil.test\"\")\"");
    }

    @Test
    void theMarkdownHasTitleDateCountsTableAndLink() {
        Attachment md = export.markdown(GapReports.typical());
        String text = new String(md.content(), StandardCharsets.UTF_8);

        assertThat(md.fileName()).isEqualTo("skills-gaps-2026-11-27.md");
        assertThat(md.mediaType()).isEqualTo("text/markdown");
        assertThat(text).startsWith("# Your skills: Senior infrastructure operations engineer\n\n"
                + "Self-assessed on 27 November 2026 (previously 1 October 2026). Target: Lead infrastructure operations engineer.\n\n"
                + "4 below your level, 8 to grow for lead, 4 changed since 1 October 2026.\n\n"
                + "| Skill | You | Senior needs | Lead needs | Gap now | To grow for lead | Previously |\n"
                + "| --- | --- | --- | --- | --- | --- | --- |\n"
                + "| Incident management | working | practitioner | expert | 1 level | 2 levels | awareness |\n");
        assertThat(text).contains("| Strategic thinking | not assessed | - | practitioner | - | 3 levels | - |\n")
                .endsWith("\n[Infrastructure operations engineer on the Capability Framework]"
                        + "(https://ddat-capability-framework.service.gov.uk/role/infrastructure-operations-engineer)\n");
    }

    @Test
    void theMarkdownEscapesPipesAndMarkupInNames() {
        GapReport report = GapReports.report(List.of(
                GapReports.row("Data | analysis *now* <b>[x](y)</b>\nnext", SelfLevel.WORKING, null, SkillLevel.WORKING, null)));

        String text = new String(export.markdown(report).content(), StandardCharsets.UTF_8);

        assertThat(text).contains("| Data \\| analysis \\*now\\* \\<b\\>\\[x\\]\\(y\\)\\</b\\> next | working |");
        assertThat(text.lines().filter(line -> line.startsWith("| Data")).findFirst().orElseThrow()
                .replace("\\|", "").chars().filter(c -> c == '|').count()).as("cell separators").isEqualTo(8);
    }

    @Test
    void anUnassessedReportExportsWhatIsNeeded() {
        GapReport report = GapReports.unassessed();

        String text = new String(export.markdown(report).content(), StandardCharsets.UTF_8);
        List<List<String>> rows = parse(export.csv(report));

        assertThat(text).contains("Not assessed yet: this shows what the level needs. Target: Lead infrastructure operations engineer.")
                .contains("Not assessed yet, 10 to grow for lead.")
                .contains("| Skill | Senior needs | Lead needs | To grow for lead |")
                .contains("| Incident management | practitioner | expert | 4 levels |");
        assertThat(rows.get(1)).containsExactly("Incident management", "", "Practitioner", "Expert", "", "4", "");
        assertThat(export.csv(report).fileName()).isEqualTo("skills-gaps.csv");
    }

    @Test
    void withoutATargetTheTargetColumnsStayEmpty() {
        GapReport top = new GapReport("Developer", "Head of engineering", Optional.empty(), "https://example.test/r",
                Optional.of(GapReports.ASSESSED), Optional.empty(),
                List.of(GapReports.row("Strategic thinking", SelfLevel.PRACTITIONER, null, SkillLevel.EXPERT, null)));

        List<List<String>> rows = parse(export.csv(top));
        String text = new String(export.markdown(top).content(), StandardCharsets.UTF_8);

        assertThat(rows.get(0)).contains("Required now (Head of engineering)", "Required at target");
        assertThat(rows.get(1)).containsExactly("Strategic thinking", "Practitioner", "Expert", "", "1", "", "");
        assertThat(text).contains("1 below your level.\n").contains("| Skill | You | Head of engineering needs | Gap now |")
                .contains("| Strategic thinking | practitioner | expert | 1 level |").doesNotContain("Target");
    }

    /** RFC 4180 as a spreadsheet reads it (after the UTF-8 byte order mark). */
    private static List<List<String>> parse(Attachment csv) {
        String text = new String(csv.content(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertThat(row).as("ends with CRLF").isEmpty();
        return rows;
    }
}
