package uk.gov.ddat.capability.framework;

import java.util.Locale;
import java.util.Optional;

/** Civil Service job grades, lowest first. */
public enum Grade {
    AA("Administrative Assistant"),
    AO("Administrative Officer"),
    EO("Executive Officer"),
    HEO("Higher Executive Officer"),
    SEO("Senior Executive Officer"),
    G7("Grade 7"),
    G6("Grade 6"),
    SCS("Senior Civil Service");

    private final String fullName;

    Grade(String fullName) {
        this.fullName = fullName;
    }

    public String code() {
        return name();
    }

    public String fullName() {
        return fullName;
    }

    /** As the published pages write it: "HEO (Higher Executive Officer)". */
    public String label() {
        return code() + " (" + fullName + ")";
    }

    /** Exact, case-insensitive match on the code or the full name; "Grade 7" and "G7" both work. */
    public static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (Grade grade : values()) {
            if (grade.name().equals(wanted) || grade.fullName.toUpperCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
