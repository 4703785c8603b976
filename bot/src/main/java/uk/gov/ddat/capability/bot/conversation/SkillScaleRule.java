package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The skill levels themselves: "what does practitioner mean", "is expert higher than practitioner",
 * "what comes after working", "whats the lowest skill level", "how many skill levels are there".
 * The detail says which part: COUNT, LOWEST, HIGHEST, AFTER, BEFORE, COMPARE, or none for the scale.
 */
final class SkillScaleRule implements IntentRule {

    private static final Set<String> AFTER = Set.of("after", "next", "above", "beyond");
    private static final Set<String> BEFORE = Set.of("before", "below", "under");
    private static final Set<String> COMPARE = Set.of("higher", "lower", "than", "bigger", "better", "above",
            "below", "vs", "versus");

    /** Words a question about the scale may hold besides the levels; any other word means it asks something else. */
    private static final Set<String> SCALE_WORDS = Set.of("comes", "come", "lowest", "highest", "first", "last",
            "top", "bottom", "number", "order", "ascending", "called", "names", "scale", "proficiency", "best",
            "least", "mean", "meaning", "means", "vs", "versus", "there", "higher", "lower", "bigger", "better",
            "beyond", "under", "entry", "4", "four", "different", "types", "kinds", "or");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (!m.skills().isEmpty() || !m.grades().isEmpty() || !m.unusedWords(SCALE_WORDS).isEmpty()) {
            return Optional.empty();
        }
        boolean aboutScale = m.hasPhrase("skill", "levels") || m.hasPhrase("skill", "level")
                || m.hasPhrase("skills", "levels") || m.has("proficiency") || m.has("proficiency");
        int named = m.skillLevels().size();
        boolean aboutRoleLevel = m.levels().stream().anyMatch(l -> l.value().rank() != LevelRef.FIRST_LEVEL
                && l.value().rank() != LevelRef.LAST_LEVEL) || !m.roles().isEmpty() && !aboutScale;
        if (aboutRoleLevel || named == 0 && !aboutScale) {
            return Optional.empty();
        }
        if (named > 0 && !aboutScale && m.has("skills")) {
            return Optional.empty();
        }
        Question question = reading.question(Intent.SKILL_SCALE)
                .withSkillLevel(named > 0 ? m.skillLevels().get(0).value() : null)
                .withDetail(detail(m));
        if (named >= 2 && question.detail() == Detail.Aspect.COMPARE) {
            SkillLevel a = m.skillLevels().get(0).value();
            SkillLevel b = m.skillLevels().get(1).value();
            question = question.withChoices(java.util.List.of(a.name(), b.name()));
        }
        return Optional.of(question);
    }

    private static Detail detail(Mentions m) {
        if (m.has("many") || m.has("number")) {
            return Detail.Aspect.COUNT;
        }
        if (m.skillLevels().size() >= 2 || m.skillLevels().size() == 1 && m.hasAny(COMPARE) && !m.hasAny(AFTER)) {
            return m.skillLevels().size() >= 2 ? Detail.Aspect.COMPARE : Detail.NONE;
        }
        if (m.skillLevels().size() == 1 && m.hasAny(AFTER)) {
            return Detail.Aspect.AFTER;
        }
        if (m.skillLevels().size() == 1 && m.hasAny(BEFORE)) {
            return Detail.Aspect.BEFORE;
        }
        if (m.has("lowest") || m.has("first") || m.has("bottom") || m.has("entry")) {
            return Detail.Aspect.LOWEST;
        }
        if (m.has("highest") || m.has("top") || m.has("last") || m.has("best")) {
            return Detail.Aspect.HIGHEST;
        }
        return Detail.NONE;
    }
}
