package uk.gov.ddat.capability.framework.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The framework's markdown-ish descriptions: paragraphs, then an intro line such as
 * "At this role level, you will:" or "You can:" followed by "- " bullets. Splits them into the
 * prose and the bullets, with white space normalised.
 */
record DescriptionText(String prose, List<String> bullets) {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern BULLET = Pattern.compile("^[-*\\u2022]\\s*");
    /** "You can:", "At this role level, you will:", "In this role, you will:" and the like. */
    private static final Pattern LIST_INTRO = Pattern.compile("(?i)^(you can|.*\\byou will)\\s*:$");

    static DescriptionText parse(String raw) {
        if (raw == null) {
            return new DescriptionText("", List.of());
        }
        List<String> paragraphs = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String rawLine : raw.split("\\R", -1)) {
            String line = normalise(rawLine);
            if (line.isEmpty()) {
                flush(paragraph, paragraphs);
            } else if (BULLET.matcher(line).find()) {
                flush(paragraph, paragraphs);
                String bullet = BULLET.matcher(line).replaceFirst("");
                if (!bullet.isEmpty()) {
                    bullets.add(bullet);
                }
            } else if (LIST_INTRO.matcher(line).matches()) {
                flush(paragraph, paragraphs);
            } else {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        flush(paragraph, paragraphs);
        return new DescriptionText(String.join("\n\n", paragraphs), bullets);
    }

    /** Trims and collapses every run of white space (including no-break spaces) to one space. */
    static String normalise(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static void flush(StringBuilder paragraph, List<String> paragraphs) {
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
