package uk.gov.ddat.capability.bot.profile;

import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * What a person says of one of their skills: the framework's four skill levels, or "not yet".
 * Declaration order is the scale's order.
 */
public enum SelfLevel {
    NOT_YET(null),
    AWARENESS(SkillLevel.AWARENESS),
    WORKING(SkillLevel.WORKING),
    PRACTITIONER(SkillLevel.PRACTITIONER),
    EXPERT(SkillLevel.EXPERT);

    private final SkillLevel framework;

    SelfLevel(SkillLevel framework) {
        this.framework = framework;
    }

    /** 0 for not yet, then 1 (awareness) to 4 (expert), the same ranks as {@link SkillLevel#rank()}. */
    public int rank() {
        return ordinal();
    }

    /** "not yet", "working": as written in running text. */
    public String label() {
        return this == NOT_YET ? "not yet" : framework.label();
    }

    /** "Not yet", "Working". */
    public String title() {
        return this == NOT_YET ? "Not yet" : framework.title();
    }

    /** The value a form submits and the database keeps: "not_yet", "working". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean reaches(SkillLevel required) {
        return rank() >= required.rank();
    }

    public static SelfLevel of(SkillLevel level) {
        return values()[level.rank()];
    }

    /** Only the exact codes a form sends ("not_yet", "awareness", ...); empty for anything else. */
    public static Optional<SelfLevel> fromCode(String code) {
        for (SelfLevel level : values()) {
            if (level.code().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
