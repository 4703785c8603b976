package uk.gov.ddat.capability.bot.unanswered;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question made fit to store and count: platform markup (Slack mentions of people and channels),
 * e-mail and web addresses and long numbers taken out, lower case, letters and digits only, one
 * space between words, cut short. So the same question asked by many people counts as one, and
 * no user id is kept.
 */
final class QuestionText {

    static final int MAX_LENGTH = 120;

    private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
    private static final Pattern ADDRESSES = Pattern.compile("\\S+@\\S+|https?://\\S+|www\\.\\S+");
    private static final Pattern LONG_NUMBERS = Pattern.compile("\\d{5,}");
    /** Ids such as Slack's U0123ABCD or Teams' 29:1a2b...: a word of capitals and digits mixed. */
    private static final Pattern IDS = Pattern.compile("\\b(?=[A-Z0-9]*\\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{8,}\\b");

    private QuestionText() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        text = MARKUP.matcher(text).replaceAll(" ");
        text = ADDRESSES.matcher(text).replaceAll(" ");
        text = IDS.matcher(text).replaceAll(" ");
        text = LONG_NUMBERS.matcher(text).replaceAll(" ");
        StringBuilder out = new StringBuilder();
        boolean space = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length() && out.length() < MAX_LENGTH; ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(cp);
                space = false;
            } else if (cp != '\'' && cp != '\u2019') {
                space = true;
            }
        }
        return out.toString().strip();
    }
}
