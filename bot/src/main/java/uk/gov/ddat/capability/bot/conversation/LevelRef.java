package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Track;

/**
 * A role level as the question refers to it, before it is resolved against a role: a seniority
 * word ("senior", rank 3), a number ("L3", "level 3") or a level's full name ({@code exact}).
 */
record LevelRef(String word, int rank, int number, LevelOfRole exact) {

    /** "entry", "lowest": the first level of the role. */
    static final int FIRST_LEVEL = -1;
    /** "top", "highest": the last level of the role. */
    static final int LAST_LEVEL = 99;

    /** The level of {@code role} this names; {@code seniority} gives a level's rank (precomputed per snapshot). */
    Optional<RoleLevel> resolve(Role role, boolean managementTrack, ToIntFunction<RoleLevel> seniority) {
        if (exact != null) {
            return exact.role().equals(role) ? Optional.of(exact.level()) : Optional.empty();
        }
        List<RoleLevel> track = role.levels(managementTrack ? Track.MANAGEMENT : Track.MAIN);
        if (track.isEmpty()) {
            return Optional.empty();
        }
        if (number > 0) {
            return number <= track.size() ? Optional.of(track.get(number - 1)) : Optional.empty();
        }
        if (rank == FIRST_LEVEL) {
            return Optional.of(track.get(0));
        }
        if (rank == LAST_LEVEL) {
            return Optional.of(track.get(track.size() - 1));
        }
        List<RoleLevel> ranked = track.stream().filter(l -> seniority.applyAsInt(l) == rank).toList();
        // "junior" and "associate" share a rank: the level named with the word typed comes first.
        return ranked.stream().filter(l -> l.name().toLowerCase(java.util.Locale.ROOT).startsWith(word)).findFirst()
                .or(() -> ranked.stream().findFirst());
    }
}
