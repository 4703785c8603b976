package uk.gov.ddat.capability.bot.support;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells and text of the CSV and Markdown files the bot hands out (exports, job advert drafts,
 * scoring sheets). What goes in them comes from the framework or from people, so both formats
 * treat it as untrusted text. Thread-safe (no state).
 */
public final class TextFiles {

    public static final String CSV = "text/csv";
    public static final String MARKDOWN = "text/markdown";

    /** Lets Excel, which many will open the file in, read it as UTF-8 rather than the local code page. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");

    private TextFiles() {
    }

    /** One CSV line of {@code cells}, each quoted as {@link #csvCell} says, ended with CRLF (RFC 4180). */
    public static void csvLine(StringBuilder out, List<String> cells) {
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
        // Semicolons and tabs too: a spreadsheet set to split on them would start a formula after one.
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0
                || cell.indexOf(';') >= 0 || cell.indexOf('\t') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    /** One Markdown table row of cells already escaped. */
    public static void markdownRow(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    /**
     * Text shown as itself in Markdown: ASCII punctuation that could start markup (emphasis,
     * links, HTML, table cells) is backslash-escaped, and line breaks become spaces so a name
     * stays in its table cell.
     */
    public static String markdown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : LINE_BREAKS.matcher(text).replaceAll(" ").toCharArray()) {
            if ("\\`*_{}[]<>()#+-!|~&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A Markdown link to {@code url}, its text escaped and the characters that would end or break the target encoded. */
    public static String markdownLink(String text, String url) {
        return "[" + markdown(text) + "](" + url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                .replace("<", "%3C").replace(">", "%3E") + ")";
    }
}
