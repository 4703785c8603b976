package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/**
 * Filters over skills: "who needs expert user focus" (the role levels that need a skill, at one
 * skill level if named), "which roles use incident management", and "which skills reach expert in
 * this role" (the skills that reach a skill level).
 */
final class SkillFilterRule implements IntentRule {

    private static final Set<String> WHO = Set.of("who", "whos", "whom");
    private static final Set<String> WHICH = Set.of("which", "what");
    private static final Set<String> HOLDERS = Set.of("roles", "role", "levels", "jobs", "people", "anyone",
            "someone");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        boolean asksWho = WHO.contains(m.first()) || m.hasAny(WHO) && m.levels().isEmpty()
                || m.hasAny(WHICH) && m.hasAny(HOLDERS) && m.levels().isEmpty() && m.roles().isEmpty();
        if (!m.skills().isEmpty() && asksWho && m.levels().isEmpty()) {
            return Optional.of(reading.base(Intent.ROLES_WITH_SKILL).withRole(m.roles().isEmpty() ? null
                    : m.roles().get(0).value()));
        }
        if (m.skills().isEmpty() && !m.skillLevels().isEmpty() && m.has("skills")) {
            Question question = reading.base(Intent.SKILLS_AT_SKILL_LEVEL);
            if (!m.levels().isEmpty() && question.role().isPresent()) {
                Reading.Levels levels = reading.levels();
                if (!levels.levels().isEmpty()) {
                    question = question.withLevels(levels.levels().get(0), null);
                }
            }
            return Optional.of(question);
        }
        return Optional.empty();
    }
}
