package uk.gov.ddat.capability.framework;

import java.util.Locale;
import java.util.Optional;

/** The framework's four ascending skill levels. Declaration order is the scale's order. */
public enum SkillLevel {
    AWARENESS("first"),
    WORKING("second"),
    PRACTITIONER("third"),
    EXPERT("fourth");

    private final String ordinalWord;

    SkillLevel(String ordinalWord) {
        this.ordinalWord = ordinalWord;
    }

    /** Lower-case name as the framework writes it in running text: "practitioner". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Capitalised name: "Practitioner". */
    public String title() {
        return name().charAt(0) + label().substring(1);
    }

    /** 1 for awareness up to 4 for expert. */
    public int rank() {
        return ordinal() + 1;
    }

    /** The framework's own explanation, e.g. "Working is the second of 4 ascending skill levels". */
    public String scaleDescription() {
        return title() + " is the " + ordinalWord + " of " + values().length + " ascending skill levels";
    }

    /** Parses "Working", "working " and the like; empty for anything else. */
    public static Optional<SkillLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        for (SkillLevel level : values()) {
            if (level.name().equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
