package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * One role level against another, skill by skill, with no wording: what the chat answer and the
 * JSON API both show.
 *
 * @param gain     skills the target level needs above what the first has (or that it lacks), in the target's order
 * @param shared   skills both need, the first already at or above the target's level
 * @param fallAway skills only the first level needs, in its order
 */
public record LevelComparison(RoleLevel from, RoleLevel to, List<Step> gain, List<Step> shared,
                              List<SkillRequirement> fallAway) {

    /** One skill of the target level: the level the first needs (if any) and the level the target needs. */
    public record Step(String skill, Optional<SkillLevel> have, SkillLevel need) {
    }

    public LevelComparison {
        gain = List.copyOf(gain);
        shared = List.copyOf(shared);
        fallAway = List.copyOf(fallAway);
    }

    public static LevelComparison of(RoleLevel from, RoleLevel to) {
        List<Step> gain = new ArrayList<>();
        List<Step> shared = new ArrayList<>();
        for (SkillRequirement need : to.skills()) {
            Optional<SkillLevel> have = from.requirement(need.skill()).map(SkillRequirement::level);
            Step step = new Step(need.skill(), have, need.level());
            if (have.isEmpty() || need.level().compareTo(have.get()) > 0) {
                gain.add(step);
            } else {
                shared.add(step);
            }
        }
        List<SkillRequirement> fallAway = from.skills().stream().filter(s -> to.requirement(s.skill()).isEmpty())
                .toList();
        return new LevelComparison(from, to, gain, shared, fallAway);
    }
}
