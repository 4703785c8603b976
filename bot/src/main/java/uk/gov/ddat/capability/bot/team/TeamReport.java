package uk.gov.ddat.capability.bot.team;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A manager's team as the team view, heatmap and export show it: each person who shares with
 * them, and per skill how many are below, at or above what their own role level needs. Holds
 * names as the people gave them, never ids.
 *
 * @param people one per person who shares, by name
 * @param skills every skill any of their role levels needs, in the order first met
 */
public record TeamReport(List<Person> people, List<SkillCount> skills) {

    public TeamReport {
        people = List.copyOf(people);
        skills = List.copyOf(skills);
    }

    /** Where a person's latest self-assessment puts them on a skill their role level needs. */
    public enum Standing {
        BELOW("below"), AT("at"), ABOVE("above"), NOT_ASSESSED("not assessed");

        private final String label;

        Standing(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One person.
     *
     * @param name       as they were named when they shared
     * @param level      their role level's name (empty: not given, or no longer in the framework)
     * @param assessedAt their latest self-assessment (empty: none)
     * @param standings  per skill of their role level, in its order
     */
    public record Person(String name, Optional<String> level, Optional<Instant> assessedAt,
                         Map<String, Standing> standings) {

        public Person {
            Objects.requireNonNull(name, "name");
            standings = Collections.unmodifiableMap(new LinkedHashMap<>(standings));
        }

        public long count(Standing standing) {
            return standings.values().stream().filter(s -> s == standing).count();
        }
    }

    /** One skill: how many of the people whose role level needs it stand where. */
    public record SkillCount(String skill, int below, int at, int above, int notAssessed) {

        public int people() {
            return below + at + above + notAssessed;
        }

        /** "2 below, 3 at, 1 above, 1 not assessed" (parts that are 0 left out, except all). */
        public String summary() {
            StringBuilder text = new StringBuilder();
            part(text, below, "below");
            part(text, at, "at");
            part(text, above, "above");
            part(text, notAssessed, "not assessed");
            return text.length() == 0 ? "nobody" : text.toString();
        }

        private static void part(StringBuilder text, int count, String label) {
            if (count > 0) {
                text.append(text.length() == 0 ? "" : ", ").append(count).append(' ').append(label);
            }
        }
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }
}
