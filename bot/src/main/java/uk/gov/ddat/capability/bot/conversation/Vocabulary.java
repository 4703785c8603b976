package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * The words of one framework snapshot's names, and what a user's word can stand for: itself,
 * a common abbreviation, the start of a longer word ("infra"), or a near miss ("managment"),
 * found with Lucene's Levenshtein automata (transpositions count as one edit).
 */
final class Vocabulary {

    /** How a user's word was matched; weaker matches rank lower. */
    record Meaning(String word, double weight) {
    }

    /** Abbreviations people use for words in the framework's names. */
    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("ops", List.of("operations", "operation")),
            Map.entry("op", List.of("operations")),
            Map.entry("infra", List.of("infrastructure")),
            Map.entry("mgmt", List.of("management")),
            Map.entry("mgt", List.of("management")),
            Map.entry("dev", List.of("developer", "development")),
            Map.entry("devs", List.of("developer")),
            Map.entry("eng", List.of("engineer", "engineering")),
            Map.entry("engr", List.of("engineer")),
            Map.entry("config", List.of("configuration")),
            Map.entry("admin", List.of("administration")),
            Map.entry("ux", List.of("user", "experience")),
            Map.entry("qa", List.of("quality", "assurance")),
            Map.entry("ml", List.of("machine", "learning")),
            Map.entry("ai", List.of("artificial", "intelligence")),
            Map.entry("sec", List.of("security")),
            Map.entry("infosec", List.of("information", "security")),
            Map.entry("arch", List.of("architect", "architecture")),
            Map.entry("code", List.of("coding")),
            Map.entry("continuous", List.of("continual")),
            Map.entry("scripts", List.of("scripting")),
            Map.entry("tests", List.of("testing")),
            Map.entry("test", List.of("testing", "test")));

    /**
     * Words of the framework's names that people also use about anything: on its own, part of a
     * name made of such a word is no evidence that the name is meant.
     */
    static final Set<String> COMMON = Set.of("framework", "management", "manager", "service", "services", "data",
            "digital", "technology", "technical", "user", "users", "business", "delivery", "design", "development",
            "operations", "operational", "security", "quality", "knowledge", "understanding", "strategy",
            "performance", "research", "analysis", "information", "product", "change", "problem", "support",
            "engineer", "engineering", "analyst", "designer", "developer", "architect", "specialist", "officer",
            "owner", "working", "work", "line", "first", "call", "team", "teams", "lead", "leadership", "planning",
            "improvement", "relationship", "risk", "life", "cycle", "methods", "standards", "tools", "government",
            "chief", "head", "content", "writing", "communication", "modelling", "agile", "track");

    private static final int CACHE_LIMIT = 10_000;

    private final Set<String> words;
    private final Map<String, List<Meaning>> cache = new ConcurrentHashMap<>();

    Vocabulary(Collection<String> words) {
        this.words = Set.copyOf(new TreeSet<>(words));
    }

    /** Every vocabulary word this token may stand for; empty for stopwords and unknown words. */
    List<Meaning> meanings(String token) {
        List<Meaning> known = cache.get(token);
        if (known != null) {
            return known;
        }
        List<Meaning> found = lookUp(token);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(token, found);
        }
        return found;
    }

    private List<Meaning> lookUp(String token) {
        List<Meaning> found = new ArrayList<>();
        if (Tokens.isStopword(token)) {
            return found;
        }
        if (words.contains(token)) {
            found.add(new Meaning(token, 1.0));
        }
        for (String alias : ALIASES.getOrDefault(token, List.of())) {
            if (words.contains(alias) && !alias.equals(token)) {
                found.add(new Meaning(alias, 1.0));
            }
        }
        if (!found.isEmpty()) {
            return List.copyOf(found);
        }
        int maxEdits = token.length() >= 8 ? 2 : token.length() >= 4 ? 1 : 0;
        CharacterRunAutomaton near = maxEdits == 0 ? null : automaton(token, maxEdits);
        for (String word : words) {
            if (near != null && near.run(word)) {
                found.add(new Meaning(word, 0.8));
            } else if (token.length() >= 3 && word.length() > token.length() + 1 && word.startsWith(token)) {
                found.add(new Meaning(word, 0.7));
            }
        }
        return List.copyOf(found);
    }

    private static CharacterRunAutomaton automaton(String token, int maxEdits) {
        Automaton automaton = new LevenshteinAutomata(token, true).toAutomaton(maxEdits);
        return new CharacterRunAutomaton(Operations.determinize(automaton, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }
}
