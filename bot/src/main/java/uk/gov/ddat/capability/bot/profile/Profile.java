package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person has told the bot they are: a role level of a role and, if they chose one, the
 * level they aim for (otherwise the next level is assumed).
 *
 * @param person      whose it is
 * @param role        the role's name, as in the framework
 * @param level       the role level's name, as in the framework
 * @param targetLevel the level they aim for, if they chose one
 * @param updatedAt   when they last changed it
 */
public record Profile(PersonKey person, String role, String level, Optional<String> targetLevel, Instant updatedAt) {

    public Profile {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(targetLevel, "targetLevel");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
