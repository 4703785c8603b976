package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/** "List all the skills", "what skills are there", "security architect skills": every skill of a role or of the framework. */
final class ListSkillsRule implements IntentRule {

    private static final Set<String> ALL = Set.of("all", "list", "every", "which", "what", "there", "many");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (!m.has("skills") || !m.skills().isEmpty() || !m.levels().isEmpty() || !m.skillLevels().isEmpty()
                || !m.grades().isEmpty()) {
            return Optional.empty();
        }
        boolean roleSkills = !m.roles().isEmpty();
        if (!roleSkills && !m.hasAny(ALL)) {
            return Optional.empty();
        }
        return Optional.of(reading.base(Intent.LIST_SKILLS).withRole(roleSkills ? m.roles().get(0).value()
                : reading.role().orElse(null)).withDetail(m.has("many") ? Detail.Aspect.COUNT : Detail.NONE));
    }
}
