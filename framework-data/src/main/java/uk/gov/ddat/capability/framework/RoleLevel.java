package uk.gov.ddat.capability.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a role's progression, e.g. "Senior infrastructure operations engineer".
 *
 * @param name     the level's name
 * @param track    main progression or the parallel management track
 * @param position 1 for the first level of its track, counting up
 * @param summary  the opening paragraph(s) about the level
 * @param youWill  the "At this role level, you will:" list (may be empty)
 * @param grades   the Civil Service grades it is typically performed at (empty when unknown)
 * @param skills   the skills it needs, in the source's order
 */
public record RoleLevel(String name, Track track, int position, String summary, List<String> youWill,
                        List<Grade> grades, List<SkillRequirement> skills) {

    public RoleLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(track, "track");
        summary = summary == null ? "" : summary;
        youWill = List.copyOf(youWill);
        grades = List.copyOf(grades);
        skills = List.copyOf(skills);
    }

    /** The requirement for one skill (case-insensitive), if this level needs it. */
    public Optional<SkillRequirement> requirement(String skillName) {
        return skills.stream().filter(s -> s.skill().equalsIgnoreCase(skillName)).findFirst();
    }
}
