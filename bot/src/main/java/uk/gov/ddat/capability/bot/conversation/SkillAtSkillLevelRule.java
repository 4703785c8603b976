package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;

/** "Accessibility at practitioner", "incident management at expert level": one skill's description at one skill level. */
final class SkillAtSkillLevelRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (m.skills().isEmpty() || m.skillLevels().isEmpty() || !m.levels().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reading.base(Intent.SKILL_AT_SKILL_LEVEL).withRole(m.roles().isEmpty() ? null
                : m.roles().get(0).value()));
    }
}
