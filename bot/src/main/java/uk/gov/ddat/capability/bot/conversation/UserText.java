package uk.gov.ddat.capability.bot.conversation;

import java.text.Normalizer;

/**
 * What the user typed, made safe to quote back. Only letters, digits, spaces and a little
 * punctuation survive, so nothing quoted can carry markup on any platform (no Slack mentions
 * such as {@code <!channel>}, no HTML, no markdown), and it is kept short.
 */
final class UserText {

    static final int MAX_QUOTE = 60;

    private UserText() {
    }

    static String quote(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length() && out.length() < MAX_QUOTE; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '\'' || cp == '-' || cp == '.' || cp == ',' || cp == '?') {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                space = false;
            } else {
                space = true;
            }
        }
        boolean cut = out.length() >= MAX_QUOTE;
        return cut ? out.toString().strip() + "…" : out.toString();
    }
}
