package uk.gov.ddat.capability.bot.hiring;

import java.nio.charset.StandardCharsets;
import java.util.List;

import uk.gov.ddat.capability.bot.support.TextFiles;

/** A Markdown file written top to bottom; all text given is escaped to show as itself. */
final class MarkdownDocument {

    private final StringBuilder out = new StringBuilder();

    MarkdownDocument heading(int depth, String text) {
        out.append("#".repeat(depth)).append(' ').append(TextFiles.markdown(text)).append("\n\n");
        return this;
    }

    MarkdownDocument paragraph(String text) {
        out.append(TextFiles.markdown(text)).append("\n\n");
        return this;
    }

    /** A paragraph ending with a link. */
    MarkdownDocument paragraph(String text, String linkText, String url) {
        out.append(TextFiles.markdown(text)).append(' ').append(TextFiles.markdownLink(linkText, url)).append("\n\n");
        return this;
    }

    MarkdownDocument bullets(List<String> lines) {
        lines.forEach(line -> out.append("- ").append(TextFiles.markdown(line)).append("\n"));
        out.append("\n");
        return this;
    }

    /** A table: a header row, then one row per entry, every cell escaped. */
    MarkdownDocument table(List<String> header, List<List<String>> rows) {
        TextFiles.markdownRow(out, header.stream().map(TextFiles::markdown).toList());
        TextFiles.markdownRow(out, header.stream().map(cell -> "---").toList());
        rows.forEach(row -> TextFiles.markdownRow(out, row.stream().map(TextFiles::markdown).toList()));
        out.append("\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
