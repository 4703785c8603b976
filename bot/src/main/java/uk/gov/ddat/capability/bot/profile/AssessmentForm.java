package uk.gov.ddat.capability.bot.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The self-assessment to fill in: one choice per skill of the person's role level, pre-filled from
 * their last assessment. Slack shows it as a modal, Teams as an Adaptive Card.
 *
 * @param role  the role's name
 * @param level the role level's name it is made against (sent back with the answers)
 * @param items one per skill, in the role level's order
 */
public record AssessmentForm(String role, String level, List<Item> items) {

    public AssessmentForm {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        items = List.copyOf(items);
    }

    /**
     * One skill to rate.
     *
     * @param skill    the skill's name
     * @param required the level the role level needs
     * @param current  what they said last time, if they have been assessed on it
     */
    public record Item(String skill, SkillLevel required, Optional<SelfLevel> current) {
    }
}
