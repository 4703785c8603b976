package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Role;

/**
 * A level or a partial role name that fits several roles ("senior" with the full export): ask
 * which role, offering the roles the question could fit. Likewise a skill name that fits several
 * skills when nothing else is named.
 */
final class WhichRoleRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (reading.role().isPresent()) {
            return Optional.empty();
        }
        boolean ambiguousRole = !m.roleChoices().isEmpty() && !m.weakChoices();
        if (!m.levels().isEmpty() || ambiguousRole) {
            List<Role> candidates = ambiguousRole ? m.roleChoices()
                    : reading.skill().map(s -> reading.index.model.rolesNeeding(s.name()))
                    .orElse(reading.index.model.roles());
            List<Role> fitting = candidates.stream()
                    .filter(r -> !r.levels().isEmpty())
                    .filter(r -> m.levels().stream().allMatch(ref -> ref.value().resolve(r, false, reading.index::seniority).isPresent()))
                    .toList();
            List<String> choices = (fitting.isEmpty() ? candidates : fitting).stream().map(Role::name).toList();
            return Optional.of(reading.base(Intent.CLARIFY).withChoices(Detail.Choosing.ROLE, choices).withConfidence(0.4));
        }
        if (m.skills().isEmpty() && !m.skillChoices().isEmpty() && !m.weakChoices()) {
            return Optional.of(reading.base(Intent.CLARIFY).withChoices(Detail.Choosing.SKILL,
                    m.skillChoices().stream().map(s -> s.name()).toList()).withConfidence(0.4));
        }
        return Optional.empty();
    }
}
