package uk.gov.ddat.capability.framework.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What changed between two framework snapshots, in a fixed order (by subject, then by name).
 *
 * @param from    the older snapshot's fingerprint
 * @param to      the newer snapshot's fingerprint
 * @param changes the differences; empty when the content is the same
 */
public record ChangeSet(Fingerprint from, Fingerprint to, List<Change> changes) {

    private static final Pattern TAB = Pattern.compile("\t");

    public ChangeSet {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes as text, one a line, for storing; {@link #parseChanges} reads it back. */
    public String changesText() {
        return changes.stream().map(c -> String.join("\t", c.kind().name(), c.subject().name(),
                        String.join(Change.SEPARATOR, c.path()), c.before(), c.after()))
                .collect(Collectors.joining("\n"));
    }

    public static List<Change> parseChanges(String text) {
        List<Change> changes = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = TAB.split(line, -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("Not a stored change: " + line);
            }
            changes.add(new Change(Change.Kind.valueOf(parts[0]), Change.Subject.valueOf(parts[1]),
                    List.of(parts[2].split(Pattern.quote(Change.SEPARATOR))), parts[3], parts[4]));
        }
        return changes;
    }
}
