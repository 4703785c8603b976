package uk.gov.ddat.capability.framework;

import java.util.Locale;

/**
 * The rank a role level's name implies, from the framework's naming: apprentice / trainee (0),
 * junior / associate (1), the plain role name (2), senior (3), lead (4), principal (5),
 * head of / chief (6). Used to order levels and to find "the senior level" of a role.
 */
public final class Seniority {

    public static final int ENTRY = 0;
    public static final int JUNIOR = 1;
    public static final int PLAIN = 2;
    public static final int SENIOR = 3;
    public static final int LEAD = 4;
    public static final int PRINCIPAL = 5;
    public static final int HEAD = 6;

    private static final String MANAGEMENT_SUFFIX = "- management";
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private Seniority() {
    }

    public static int of(String levelName) {
        String level = levelName.trim().toLowerCase(Locale.ROOT).transform(t -> SPACES.matcher(t).replaceAll(" "))
                .replace(MANAGEMENT_SUFFIX, "").trim();
        if (level.startsWith("apprentice") || level.startsWith("trainee")) {
            return ENTRY;
        }
        if (level.startsWith("junior") || level.startsWith("associate")) {
            return JUNIOR;
        }
        if (level.startsWith("senior")) {
            return SENIOR;
        }
        if (level.startsWith("lead ") || level.endsWith(" lead")) {
            return LEAD;
        }
        if (level.startsWith("principal")) {
            return PRINCIPAL;
        }
        if (level.startsWith("head of") || level.startsWith("chief")) {
            return HEAD;
        }
        return PLAIN;
    }
}
