package uk.gov.ddat.capability.bot.conversation;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.Track;

/**
 * The text behind each button: written in the grammar people type, and unambiguous, so that
 * pressing a button and typing its text give the same answer.
 */
final class Commands {

    private Commands() {
    }

    /** A level by name; the level named like its role is "level N role", as its name alone asks about the role. */
    static String level(Role role, RoleLevel level) {
        if (level.track() == Track.MAIN && level.name().equalsIgnoreCase(role.name())) {
            return "level " + level.position() + " " + role.name();
        }
        return level.name();
    }

    static String compare(Role role, RoleLevel from, RoleLevel to) {
        return "compare " + level(role, from) + " to " + level(role, to);
    }

    static String skill(Skill skill, Role role) {
        return role == null ? skill.name() : skill.name() + " for " + role.name();
    }

    static String skillAt(Skill skill, Role role, RoleLevel level) {
        return skill.name() + " at " + level(role, level);
    }

    static String role(Role role) {
        return role.name();
    }

    static String skillAtSkillLevel(Skill skill, SkillLevel level) {
        return skill.name() + " at " + level.label() + " level";
    }

    static String whoNeeds(Skill skill, SkillLevel level) {
        return "who needs " + (level == null ? "" : level.label() + " ") + skill.name();
    }

    static String compareRoles(Role from, Role to) {
        return "compare " + from.name() + " and " + to.name();
    }

    static String closestRoles(Role role) {
        return "roles closest to " + role.name();
    }
}
