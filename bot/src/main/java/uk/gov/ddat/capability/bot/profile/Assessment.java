package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One self-assessment, kept with its date: a self level for each skill of the role level it was
 * made against.
 *
 * @param person     whose it is
 * @param role       the role's name
 * @param level      the role level's name it was made against
 * @param assessedAt when it was submitted
 * @param ratings    skill name to self level, in the role level's order
 */
public record Assessment(PersonKey person, String role, String level, Instant assessedAt,
                         Map<String, SelfLevel> ratings) {

    public Assessment {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(assessedAt, "assessedAt");
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
}
