package uk.gov.ddat.capability.bot.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * Slack's mrkdwn as the bot writes it, read into styled runs per line for {@link CardPicture}:
 * {@code *bold*}, a whole line in {@code _italics_}, {@code <url|label>} links and the three
 * escaped characters.
 */
final class Mrkdwn {

    record Run(String text, boolean bold, boolean italic, boolean link) {
    }

    private Mrkdwn() {
    }

    static List<List<Run>> plain(String text) {
        List<List<Run>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(List.of(new Run(unescape(line), false, false, false)));
        }
        return lines;
    }

    static List<List<Run>> parse(String text) {
        List<List<Run>> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            boolean italic = line.length() > 1 && line.startsWith("_") && line.endsWith("_");
            lines.add(runs(italic ? line.substring(1, line.length() - 1) : line, italic));
        }
        return lines;
    }

    private static List<Run> runs(String line, boolean italic) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int close = c == '<' ? line.indexOf('>', i) : -1;
            if (c == '*') {
                flush(runs, current, bold, italic);
                bold = !bold;
            } else if (close > i) {
                flush(runs, current, bold, italic);
                String link = line.substring(i + 1, close);
                int bar = link.indexOf('|');
                runs.add(new Run(unescape(bar >= 0 ? link.substring(bar + 1) : link), bold, italic, true));
                i = close;
            } else {
                current.append(c);
            }
        }
        flush(runs, current, bold, italic);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder current, boolean bold, boolean italic) {
        if (current.length() > 0) {
            runs.add(new Run(unescape(current.toString()), bold, italic, false));
            current.setLength(0);
        }
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
