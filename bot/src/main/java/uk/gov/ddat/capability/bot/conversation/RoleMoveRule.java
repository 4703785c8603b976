package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Seniority;
import uk.gov.ddat.capability.framework.Track;

/**
 * Two roles in one question ("how do I move from infrastructure engineer to devops", "data
 * scientist vs data engineer", "which skills do X and Y share"): the first named is where the
 * asker is, unless "to" comes before it and "from" before the other. Levels are matched level to
 * level: a level named for either role, else the same seniority in both.
 */
final class RoleMoveRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        List<Role> roles = reading.rolesNamed();
        if (roles.size() < 2) {
            return Optional.empty();
        }
        Role from = roles.get(0);
        Role to = roles.get(1);
        if (toComesFirst(reading.mentions(), from, to)) {
            Role swap = from;
            from = to;
            to = swap;
        }
        RoleLevel fromLevel = levelNamed(reading, from);
        RoleLevel toLevel = levelNamed(reading, to);
        if (fromLevel == null) {
            fromLevel = toLevel != null ? matching(from, toLevel) : plainLevel(from);
        }
        if (fromLevel != null && (toLevel == null || isPlain(toLevel) && !isPlain(fromLevel))) {
            // "I'm a senior X, how do I become a Y": Y's level named like the role means the role, level for level.
            toLevel = matching(to, fromLevel);
        }
        double confidence = Math.min(reading.confidence(), 1.0);
        return Optional.of(reading.question(Intent.COMPARE_ROLES).withRole(from).withToRole(to)
                .withLevels(fromLevel, toLevel).withConfidence(confidence));
    }

    /** "to X from Y": Y is where the asker is. */
    private static boolean toComesFirst(Mentions m, Role first, Role second) {
        int firstAt = position(m, first);
        return firstAt > 0 && m.tokens().get(firstAt - 1).equals("to") && m.has("from");
    }

    private static int position(Mentions m, Role role) {
        return m.roles().stream().filter(r -> r.value().equals(role)).mapToInt(Mention::start).findFirst()
                .orElse(m.levels().stream().filter(l -> l.value().exact() != null && l.value().exact().role().equals(role))
                        .mapToInt(Mention::start).findFirst().orElse(-1));
    }

    private static RoleLevel levelNamed(Reading reading, Role role) {
        for (Mention<LevelRef> ref : reading.mentions().levels()) {
            LevelRef level = ref.value();
            if (level.exact() != null) {
                if (level.exact().role().equals(role)) {
                    return level.exact().level();
                }
            } else if (reading.rolesNamed().get(0).equals(role) || reading.mentions().isSelf(ref)) {
                Optional<RoleLevel> resolved = level.resolve(role, false, reading.index::seniority);
                if (resolved.isPresent()) {
                    return resolved.get();
                }
            }
        }
        return null;
    }

    private static boolean isPlain(RoleLevel level) {
        return Seniority.of(level.name()) == Seniority.PLAIN;
    }

    /** The level of {@code role} at the same seniority, or the nearest below or above it. */
    static RoleLevel matching(Role role, RoleLevel other) {
        List<RoleLevel> track = role.levels(Track.MAIN);
        if (track.isEmpty()) {
            return null;
        }
        int rank = Seniority.of(other.name());
        RoleLevel best = track.get(0);
        for (RoleLevel level : track) {
            int distance = Math.abs(Seniority.of(level.name()) - rank);
            if (distance < Math.abs(Seniority.of(best.name()) - rank)) {
                best = level;
            }
        }
        return best;
    }

    /** The level named like the role, or its first level. */
    static RoleLevel plainLevel(Role role) {
        List<RoleLevel> track = role.levels(Track.MAIN);
        return track.stream().filter(l -> Seniority.of(l.name()) == Seniority.PLAIN).findFirst()
                .orElse(track.isEmpty() ? null : track.get(0));
    }
}
