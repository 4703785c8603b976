package uk.gov.ddat.capability.bot.support;

/**
 * Text from a request, made safe to put in a log line: control characters (CR and LF above all,
 * which would let a caller forge log lines) are written as escapes, and long text is cut.
 */
public final class LogSafe {

    private static final int DEFAULT_MAX = 80;

    private LogSafe() {
    }

    public static String text(String value) {
        return text(value, DEFAULT_MAX);
    }

    public static String text(String value, int max) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 16);
        int shown = Math.min(value.length(), max);
        for (int i = 0; i < shown; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (value.length() > max) {
            out.append("…(").append(value.length()).append(" chars)");
        }
        return out.toString();
    }
}
