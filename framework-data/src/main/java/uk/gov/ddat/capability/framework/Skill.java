package uk.gov.ddat.capability.framework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill from the framework's catalogue.
 *
 * @param name        the skill's name, e.g. "Incident management"
 * @param description what the skill is; absent when the source has none (never invented)
 * @param youCan      the "You can:" bullets for each skill level, where the source gives them
 */
public record Skill(String name, Optional<String> description, Map<SkillLevel, List<String>> youCan) {

    public Skill {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        youCan = Immutables.copyOf(youCan, SkillLevel.class);
    }

    /** The bullets at one level; empty when the source does not say. */
    public List<String> youCanAt(SkillLevel level) {
        return youCan.getOrDefault(level, List.of());
    }
}
