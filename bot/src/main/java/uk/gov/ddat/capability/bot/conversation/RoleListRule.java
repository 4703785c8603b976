package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/**
 * Lists of roles: a family's roles ("roles in the data family"), roles with a management track
 * ("which roles have a separate management track"), "how many roles are in the framework", and
 * plain "roles" / "list roles" (LIST_ROLES; the query says which filter, if any).
 */
final class RoleListRule implements IntentRule {

    private static final Set<String> LIST_WORDS = Set.of("roles", "families", "family", "list", "all");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (!m.families().isEmpty()) {
            return Optional.of(reading.question(Intent.FAMILY).withFamily(m.families().get(0).value())
                    .withConfidence(m.families().get(0).confidence()));
        }
        boolean aboutRoles = m.has("roles") || m.has("role") || m.has("families");
        if (m.has("track") && m.has("management") && m.levels().isEmpty() && reading.rolesNamed().isEmpty()) {
            return Optional.of(reading.question(Intent.LIST_ROLES).withDetail(Detail.Aspect.MANAGEMENT_TRACK));
        }
        boolean nothingNamed = m.roles().isEmpty() && m.skills().isEmpty() && m.levels().isEmpty()
                && m.skillLevels().isEmpty();
        if (aboutRoles && nothingNamed && (m.has("many") || m.has("number"))) {
            return Optional.of(reading.question(Intent.LIST_ROLES).withDetail(Detail.Aspect.COUNT));
        }
        return Optional.empty();
    }

    /** The plain list, tried after every rule about one role, level or skill. */
    static final class Plain implements IntentRule {
        @Override
        public Optional<Question> apply(Reading reading) {
            return reading.mentions().hasAny(LIST_WORDS) ? Optional.of(reading.question(Intent.LIST_ROLES))
                    : Optional.empty();
        }
    }
}
