package uk.gov.ddat.capability.framework;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a role level's skills table.
 *
 * @param skill  the skill's name, as in the catalogue
 * @param level  the skill level this role level needs
 * @param youCan the "You can:" bullets for this skill at this level (empty when the source lost them)
 */
public record SkillRequirement(String skill, SkillLevel level, List<String> youCan) {

    public SkillRequirement {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(level, "level");
        youCan = List.copyOf(youCan);
    }
}
