package uk.gov.ddat.capability.framework.diff;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two framework snapshots.
 *
 * @param kind    added, removed or changed
 * @param subject what kind of thing changed
 * @param path    which one: a role, a role and level, a role, level and skill, or a skill; for a
 *                description, the first element says whose ("role", "level", "skill", "skill level")
 * @param before  the value before ("" when added); for descriptions a digest of the text
 * @param after   the value after ("" when removed)
 */
public record Change(Kind kind, Subject subject, List<String> path, String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** In the order a change set lists them. */
    public enum Subject { ROLE, ROLE_LEVEL, GRADES, SKILL, SKILL_LEVEL, DESCRIPTION }

    /** Separates the parts of a path in text: "Software developer › Senior developer". */
    public static final String SEPARATOR = " › ";

    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        path = List.copyOf(path);
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The path as text. */
    public String name() {
        return String.join(SEPARATOR, subject == Subject.DESCRIPTION ? path.subList(1, path.size()) : path);
    }

    /** One plain sentence a person can read, made only from the framework's own names and values. */
    public String describe() {
        String name = name();
        return switch (subject) {
            case ROLE -> switch (kind) {
                case ADDED -> "New role: " + name + " (" + after + ")";
                case REMOVED -> "Role removed: " + name;
                case CHANGED -> name + " moved from the " + before + " family to " + after;
            };
            case ROLE_LEVEL -> switch (kind) {
                case ADDED -> "New role level: " + name;
                case REMOVED -> "Role level removed: " + name;
                case CHANGED -> name + " moved from the " + before + " track to the " + after + " track";
            };
            case GRADES -> "Grades of " + name + ": " + after + " (was " + before + ")";
            case SKILL -> kind == Kind.ADDED ? "New skill: " + name : "Skill removed: " + name;
            case SKILL_LEVEL -> switch (kind) {
                case ADDED -> name + ": now needed" + atLevel(after);
                case REMOVED -> name + ": no longer needed";
                case CHANGED -> name + ": now needed" + atLevel(after) + " (was " + before + ")";
            };
            case DESCRIPTION -> "Description changed (" + path.get(0) + "): " + name;
        };
    }

    /** Skills of roles without levels (Senior Civil Service) are listed with no level. */
    private static String atLevel(String level) {
        return FrameworkFacts.UNLEVELLED.equals(level) ? "" : " at " + level + " level";
    }
}
