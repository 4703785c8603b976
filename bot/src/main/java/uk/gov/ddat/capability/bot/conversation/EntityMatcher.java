package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds which names of one kind (skills, roles, or role levels) a question mentions, despite
 * typos, abbreviations and partial names. A name matches on a run of the question's words that
 * stand next to each other (stopwords may sit between them), in any order.
 *
 * @param <T> what a name stands for (a skill, a role, a role level)
 */
final class EntityMatcher<T> {

    /** A name and the content words it is matched on. */
    private record Entity<T>(T value, String name, List<String> words, Set<String> allWords) {
    }

    /** Words that part two names ("X to Y", "X vs Y"): a name's words are never matched across them. */
    private static final Set<String> SEPARATORS = Set.of("to", "from", "vs", "versus", "than", "into", "and");

    /** How well a name matched: the words of the question it used, and how completely. */
    record Match<T>(T value, String name, BitSet positions, Set<String> matchedWords, int wordCount, double weight) {

        int wordsMatched() {
            return matchedWords.size();
        }

        boolean complete() {
            return wordsMatched() == wordCount;
        }

        int firstPosition() {
            return positions.nextSetBit(0);
        }
    }

    /**
     * What the matcher found: one clear name, several equally good, or nothing. A {@code weak}
     * result rests on one common word that is only part of the names ("management"): it is no
     * evidence by itself, but its names are kept to ask back when that word is all there is.
     */
    record Result<T>(List<Match<T>> best, boolean weak) {

        Result(List<Match<T>> best) {
            this(best, false);
        }

        boolean found() {
            return best.size() == 1 && !weak;
        }

        boolean ambiguous() {
            return best.size() > 1 && !weak;
        }

        Match<T> match() {
            return best.get(0);
        }
    }

    private final Vocabulary vocabulary;
    private final List<Entity<T>> entities = new ArrayList<>();
    private final Map<String, List<Integer>> entitiesByWord = new HashMap<>();

    EntityMatcher(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The content words of a name, as the vocabulary should know them. */
    static List<String> contentWords(String name) {
        return Tokens.of(name).stream().filter(w -> !Tokens.isStopword(w)).distinct().toList();
    }

    void add(T value, String name) {
        List<String> words = contentWords(name);
        if (words.isEmpty()) {
            return;
        }
        int index = entities.size();
        entities.add(new Entity<>(value, name, words, Set.copyOf(Tokens.of(name))));
        for (String word : words) {
            entitiesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(index);
        }
    }

    /**
     * The best-matching name for the question's words, ignoring positions in {@code used}.
     * A partial name ("capacity" for "Availability and capacity management") counts only when it
     * picks out one name more clearly than any other.
     */
    Result<T> best(List<String> tokens, BitSet used) {
        List<Match<T>> matches = all(tokens, used);
        if (matches.isEmpty()) {
            return new Result<>(List.of());
        }
        Match<T> top = matches.get(0);
        List<Match<T>> tied = matches.stream().filter(m -> compare(m, top) == 0).toList();
        if (top.complete() || top.wordsMatched() >= 2 || distinctive(top)) {
            return new Result<>(tied.size() > 1 ? tied : List.of(top));
        }
        return new Result<>(tied, true);
    }

    /**
     * How sure a match is: the spelling's weight (1 exact, 0.8 a typo, 0.7 the start of a word),
     * less for a partial name; a lone distinctive word ("capacity") is least sure.
     */
    double confidence(Match<T> match) {
        double spelling = match.weight() / Math.max(1, match.wordsMatched());
        if (match.complete()) {
            return spelling;
        }
        return spelling * (match.wordsMatched() >= 2 ? 0.85 : 0.75);
    }

    /** Every complete match, without overlaps: the longer of two overlapping names wins. */
    List<Match<T>> complete(List<String> tokens, BitSet used) {
        List<Match<T>> found = new ArrayList<>();
        for (Match<T> match : matches(tokens, used, true)) {
            if (match.complete() && found.stream().noneMatch(f -> f.positions().intersects(match.positions()))) {
                found.add(match);
            }
        }
        found.sort(Comparator.comparingInt(Match::firstPosition));
        return found;
    }

    /** All names matched by at least one word, best first. */
    List<Match<T>> all(List<String> tokens, BitSet used) {
        return matches(tokens, used, false);
    }

    /** With {@code completeOnly}, names that cannot be matched whole are passed over before any run is built. */
    private List<Match<T>> matches(List<String> tokens, BitSet used, boolean completeOnly) {
        // Hits per name, indexed by the name's number: this runs for every question, so no boxing or hashing.
        @SuppressWarnings("unchecked")
        List<Hit>[] hits = new List[entities.size()];
        int[] words = new int[entities.size()];
        List<Integer> touched = new ArrayList<>();
        for (int position = 0; position < tokens.size(); position++) {
            if (used.get(position)) {
                continue;
            }
            for (Vocabulary.Meaning meaning : vocabulary.meanings(tokens.get(position))) {
                for (int entity : entitiesByWord.getOrDefault(meaning.word(), List.of())) {
                    if (hits[entity] == null) {
                        hits[entity] = new ArrayList<>(4);
                        touched.add(entity);
                    }
                    if (hits[entity].stream().noneMatch(h -> h.word().equals(meaning.word()))) {
                        words[entity]++;
                    }
                    hits[entity].add(new Hit(position, meaning.word(), meaning.weight()));
                }
            }
        }
        List<Match<T>> matches = new ArrayList<>();
        for (int entity : touched) {
            Entity<T> named = entities.get(entity);
            if (!completeOnly || words[entity] >= named.words().size()) {
                matches.add(bestRun(named, hits[entity], tokens));
            }
        }
        matches.sort(EntityMatcher::compare);
        return matches;
    }

    private record Hit(int position, String word, double weight) {
    }

    /** The best run of adjacent question words (stopwords may come between) that match the name. */
    private Match<T> bestRun(Entity<T> entity, List<Hit> hits, List<String> tokens) {
        hits.sort(Comparator.comparingInt(Hit::position));
        Match<T> best = null;
        for (int start = 0; start < hits.size(); start++) {
            Set<String> words = new LinkedHashSet<>();
            BitSet positions = new BitSet();
            double weight = 0;
            int last = -1;
            for (int i = start; i < hits.size(); i++) {
                Hit hit = hits.get(i);
                if (last >= 0 && !joinable(entity, tokens, last, hit.position())) {
                    break;
                }
                if (hit.position() != last && words.add(hit.word())) {
                    positions.set(hit.position());
                    weight += hit.weight();
                    last = hit.position();
                }
            }
            Match<T> match = new Match<>(entity.value(), entity.name(), positions, words,
                    entity.words().size(), weight);
            if (best == null || compare(match, best) < 0
                    || compare(match, best) == 0 && span(match) < span(best)) {
                best = match;
            }
        }
        return best;
    }

    /** Only stopwords between two words, and none that separates two names unless the name has it ("Adapting to ..."). */
    private static boolean joinable(Entity<?> entity, List<String> tokens, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            String between = tokens.get(i);
            if (!Tokens.isStopword(between) || SEPARATORS.contains(between) && !entity.allWords().contains(between)) {
                return false;
            }
        }
        return true;
    }

    private static int span(Match<?> match) {
        return match.positions().length() - match.positions().nextSetBit(0);
    }

    /**
     * A lone word is enough when few names share it ("capacity"), not when many do ("management")
     * nor when it is a word people use about anything ("framework", "support").
     */
    private boolean distinctive(Match<T> match) {
        return match.weight() >= 0.8 && match.matchedWords().stream()
                .allMatch(word -> entitiesByWord.getOrDefault(word, List.of()).size() <= 2
                        && !Vocabulary.COMMON.contains(word));
    }

    /** More words matched first; then the more complete name; then the closer spelling; then the shorter name. */
    private static <T> int compare(Match<T> a, Match<T> b) {
        int byWords = Integer.compare(b.wordsMatched(), a.wordsMatched());
        if (byWords != 0) {
            return byWords;
        }
        int byCoverage = Double.compare((double) b.wordsMatched() / b.wordCount(), (double) a.wordsMatched() / a.wordCount());
        if (byCoverage != 0) {
            return byCoverage;
        }
        return Double.compare(Math.round(b.weight() * 10), Math.round(a.weight() * 10));
    }
}
