package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;

/**
 * A question understood against the current framework: its intent and the things it names.
 *
 * @param intent    what is asked
 * @param role      the role it is about (named, implied by a level, or the only role loaded)
 * @param level     the role level it names (the "from" level of a progression)
 * @param toLevel   the "to" level of a progression
 * @param skill     the skill it names
 * @param grade     the Civil Service grade it names
 * @param query     the words to search for (SEARCH), the level word that found no level (NO_SUCH_LEVEL),
 *                  or what the choices are, "role" or "skill" (CLARIFY)
 * @param choices   the roles or skills to choose between (CLARIFY)
 * @param quoted    the question as typed, made safe to quote back
 */
public record Question(Intent intent, Optional<Role> role, Optional<RoleLevel> level, Optional<RoleLevel> toLevel,
                       Optional<Skill> skill, Optional<Grade> grade, String query, List<String> choices,
                       String quoted) {

    public Question {
        choices = List.copyOf(choices);
    }

    static Question of(Intent intent, String quoted) {
        return new Question(intent, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), "", List.of(), quoted);
    }
}
