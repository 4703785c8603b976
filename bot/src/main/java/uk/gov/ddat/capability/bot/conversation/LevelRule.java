package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Questions naming role levels of one role: a level that role lacks (NO_SUCH_LEVEL), a level's
 * grade ("what grade is a lead"), two levels or a level and a step ("senior to lead", "how do I
 * become a lead", "I'm a senior, what do I need to get promoted"), a skill at a level, or the level.
 */
final class LevelRule implements IntentRule {

    /** Words that make a single level a question about getting there (or onward from it). */
    private static final Set<String> PROGRESSION_WORDS = Set.of("compare", "vs", "versus", "changes", "changing",
            "differ", "difference", "differences", "become", "becoming", "promotion", "promoted", "promote",
            "progress", "progression", "progressing", "step", "move", "moving", "get", "next", "after", "beyond",
            "above", "gaps", "gap", "improve", "develop", "grow", "career", "new", "extra", "additional", "compared");
    private static final Set<String> BELOW_WORDS = Set.of("below", "under", "beneath");
    private static final Set<String> ONWARD_WORDS = Set.of("next", "after", "beyond", "above", "from");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        Optional<Role> maybeRole = reading.role();
        if (maybeRole.isEmpty() || m.levels().isEmpty()) {
            return Optional.empty();
        }
        Role role = maybeRole.get();
        Reading.Levels resolved = reading.levels();
        Question base = reading.base(Intent.ROLE_LEVEL);
        if (resolved.missing() != null) {
            return Optional.of(base.withIntent(Intent.NO_SUCH_LEVEL).withSkill(null).withGrade(null)
                    .withDetail(new Detail.MissingLevel(resolved.missing().value().word())));
        }
        List<RoleLevel> levels = resolved.levels();
        if (m.has("grade") || m.has("grades")) {
            return Optional.of(base.withIntent(Intent.GRADE).withLevels(levels.get(0), null));
        }
        if (levels.size() >= 2) {
            RoleLevel first = levels.get(0);
            RoleLevel second = levels.get(1);
            boolean stepDown = first.track() == second.track() && first.position() > second.position();
            if (stepDown && !m.has("from")) {
                // "what does a lead need compared to a senior": the step up, whichever is named first.
                return Optional.of(base.withIntent(Intent.PROGRESSION).withLevels(second, first));
            }
            return Optional.of(base.withIntent(Intent.PROGRESSION).withLevels(first, second));
        }
        Mention<LevelRef> mention = m.levels().get(0);
        RoleLevel level = levels.get(0);
        boolean self = m.isSelf(mention);
        if (asksAboutProgression(m.tokens(), mention.start()) || self && m.hasAny(PROGRESSION_WORDS)) {
            boolean onward = self || onwardFrom(m.tokens(), mention.start());
            Optional<RoleLevel> other = onward ? role.next(level) : role.previous(level);
            Question step = base.withIntent(Intent.PROGRESSION);
            return Optional.of(other.map(o -> onward ? step.withLevels(level, o) : step.withLevels(o, level))
                    .orElseGet(() -> step.withLevels(level, null)));
        }
        if (!m.skills().isEmpty()) {
            return Optional.of(base.withIntent(Intent.SKILL_AT_LEVEL).withLevels(level, null));
        }
        if (m.hasAny(BELOW_WORDS) && mention.start() > 0 && BELOW_WORDS.contains(m.tokens().get(mention.start() - 1))) {
            // "what's below senior": the level before it.
            return Optional.of(base.withLevels(role.previous(level).orElse(level), null));
        }
        return Optional.of(base.withLevels(level, null));
    }

    private static boolean asksAboutProgression(List<String> tokens, int levelPosition) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (PROGRESSION_WORDS.contains(token) && !(token.equals("get") && i > levelPosition)) {
                return true;
            }
            if ((token.equals("to") || token.equals("from")) && i < levelPosition
                    && onlyStopwordsBetween(tokens, i, levelPosition)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onwardFrom(List<String> tokens, int levelPosition) {
        for (int i = 0; i < levelPosition; i++) {
            if (ONWARD_WORDS.contains(tokens.get(i))) {
                return true;
            }
        }
        return tokens.subList(levelPosition, tokens.size()).contains("next");
    }

    private static boolean onlyStopwordsBetween(List<String> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!Tokens.isStopword(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }
}
