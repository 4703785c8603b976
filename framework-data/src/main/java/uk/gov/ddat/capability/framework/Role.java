package uk.gov.ddat.capability.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A role, e.g. "Infrastructure operations engineer".
 *
 * @param name        the role's name
 * @param family      the role family it belongs to, e.g. "IT operations"
 * @param description what the role does (may be empty)
 * @param youWill     the "In this role, you will:" list (may be empty)
 * @param levels      its levels, each track in progression order, main track first; empty for
 *                    roles the framework does not describe level by level (Senior Civil Service)
 * @param unlevelledSkills skills the framework lists for a role that has no levels (Senior Civil
 *                    Service roles, whose skill levels are "NOT IN USE"); empty for other roles
 * @param roleType    the export's role type ("Senior Civil Service"); empty for ordinary roles
 * @param url         the published page for the role
 */
public record Role(String name, String family, String description, List<String> youWill,
                   List<RoleLevel> levels, List<String> unlevelledSkills, Optional<String> roleType, String url) {

    public Role {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        description = description == null ? "" : description;
        youWill = List.copyOf(youWill);
        levels = List.copyOf(levels);
        unlevelledSkills = List.copyOf(unlevelledSkills);
        Objects.requireNonNull(roleType, "roleType");
        Objects.requireNonNull(url, "url");
    }

    /** Levels of one track, in progression order. */
    public List<RoleLevel> levels(Track track) {
        return levels.stream().filter(l -> l.track() == track).toList();
    }

    /** Exact, case-insensitive lookup of a level by name. */
    public Optional<RoleLevel> level(String levelName) {
        String wanted = levelName.trim();
        return levels.stream().filter(l -> l.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The level after this one on the same track. */
    public Optional<RoleLevel> next(RoleLevel level) {
        return levels.stream()
                .filter(l -> l.track() == level.track() && l.position() == level.position() + 1)
                .findFirst();
    }

    /** The level before this one on the same track. */
    public Optional<RoleLevel> previous(RoleLevel level) {
        return levels.stream()
                .filter(l -> l.track() == level.track() && l.position() == level.position() - 1)
                .findFirst();
    }
}
