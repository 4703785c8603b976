package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/** "Which roles are closest to mine?", "roles similar to data scientist": roles ranked by shared skills. */
final class ClosestRolesRule implements IntentRule {

    private static final Set<String> NEAR = Set.of("closest", "close", "similar", "nearest", "related", "like",
            "overlap", "overlaps", "alike", "adjacent");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        boolean asksRoles = m.has("roles") || m.has("role") || m.has("jobs") || m.has("careers");
        if (!m.hasAny(NEAR) || !asksRoles || m.has("skills") && !m.has("roles")) {
            return Optional.empty();
        }
        if (m.has("like") && !m.has("roles")) {
            return Optional.empty();
        }
        // Without a role ("closest to mine", with many roles loaded) the answer asks which role.
        return Optional.of(reading.question(Intent.CLOSEST_ROLES).withRole(reading.role().orElse(null))
                .withConfidence(reading.confidence()));
    }
}
