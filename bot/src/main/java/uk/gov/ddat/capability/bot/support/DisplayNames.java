package uk.gov.ddat.capability.bot.support;

import java.util.regex.Pattern;

/**
 * A person's display name, reduced to plain words before it is quoted in a message others see
 * (tips announcements). Names come from the platform but people choose them: a name such as
 * {@code [Reset your password](https://evil.example)} or {@code *boss*} must not become a link or
 * formatting in a channel. Letters (any script), digits, spaces, apostrophes and hyphens are
 * kept; everything else, dots and slashes included (so no address survives), is dropped.
 */
public final class DisplayNames {

    private static final int MAX = 60;
    private static final Pattern NOT_KEPT = Pattern.compile("[^\\p{L}\\p{M}\\p{N} '’-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DisplayNames() {
    }

    /** The name in plain words, or "" if nothing is left. */
    public static String plain(String name) {
        if (name == null) {
            return "";
        }
        String kept = SPACES.matcher(NOT_KEPT.matcher(name).replaceAll(" ")).replaceAll(" ").strip();
        return kept.length() > MAX ? kept.substring(0, MAX).strip() : kept;
    }
}
