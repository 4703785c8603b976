package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.Skill;

/**
 * A skill or a role named on its own ("incident management", "infra ops"). When one common word
 * is all the question has ("management"), the names it could be part of are offered instead.
 */
final class NameRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (!m.skills().isEmpty()) {
            return Optional.of(reading.base(Intent.SKILL).withRole(reading.role().orElse(null)));
        }
        if (!m.roles().isEmpty()) {
            return Optional.of(reading.base(Intent.ROLE_OVERVIEW));
        }
        List<String> content = m.unusedWords(java.util.Set.of());
        boolean loneWord = m.weakChoices() && content.size() == 1;
        if (loneWord && !m.skillChoices().isEmpty()) {
            return Optional.of(Question.of(Intent.CLARIFY, "")
                    .withChoices(Detail.Choosing.SKILL, m.skillChoices().stream().map(Skill::name).toList()).withConfidence(0.4));
        }
        if (loneWord && !m.roleChoices().isEmpty()) {
            return Optional.of(Question.of(Intent.CLARIFY, "")
                    .withChoices(Detail.Choosing.ROLE, m.roleChoices().stream().map(Role::name).toList()).withConfidence(0.4));
        }
        return Optional.empty();
    }
}
