package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * "Who writes the strategic roadmaps?", "which level is expected to mentor junior staff", "which
 * roles are on call": what a level does, found in the role and level descriptions and "you will"
 * lists. Applies only when the question asks who or which and its other words hold a line there.
 */
final class DutiesRule implements IntentRule {

    private static final Set<String> CUES = Set.of("who", "whos", "which", "whose");
    /** Words of the question itself, not of the duty asked about. */
    private static final Set<String> QUESTION_WORDS = Set.of("level", "levels", "role", "roles", "expected",
            "responsible", "responsibility", "person", "people", "someone", "one", "typically", "usually", "job",
            "jobs", "does", "do", "doing", "team", "teams");

    static final int LIMIT = 6;

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        boolean asks = m.hasAny(CUES) || m.hasPhrase("what", "level") || m.hasPhrase("what", "role");
        if (!asks || !m.skills().isEmpty() || !m.grades().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = dutyWords(m);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String query = String.join(" ", words);
        List<FrameworkSearch.LineHit> hits = reading.index.search().lines(query, LIMIT);
        boolean asksWhoDoes = CUES.contains(m.first()) && m.levels().isEmpty() && m.roles().isEmpty();
        if (hits.isEmpty() && !asksWhoDoes) {
            return Optional.empty();
        }
        return Optional.of(reading.question(Intent.DUTIES).withDetail(new Detail.Duties(query, hits))
                .withRole(m.roles().isEmpty() ? null : m.roles().get(0).value())
                .withConfidence(hits.isEmpty() ? 0 : hits.get(0).coverage()));
    }

    /** The words that say what is done: not question words, and not level words used as plain words ("junior staff"). */
    static List<String> dutyWords(Mentions m) {
        List<String> words = new java.util.ArrayList<>(m.unusedWords(QUESTION_WORDS));
        m.negations().forEach(i -> words.remove(m.tokens().get(i)));
        for (Mention<LevelRef> level : m.levels()) {
            boolean qualifiesAWord = level.end() < m.tokens().size() && !m.used().get(level.end())
                    && !m.negations().contains(level.end())
                    && !Tokens.isStopword(m.tokens().get(level.end()))
                    && !QUESTION_WORDS.contains(m.tokens().get(level.end()));
            if (qualifiesAWord && level.value().exact() == null) {
                words.add(m.tokens().get(level.start()));
            }
        }
        return words;
    }
}
