package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Seniority;

/**
 * The mentions of grades and levels in a question, the most specific first: grades ("SEO",
 * "grade 7"), level numbers ("L3"), full level names ("Senior developer"), then seniority words
 * ("senior", "the most junior"), with near misspellings.
 */
final class LevelMentions {

    /** Words for a level's seniority, as people say them. */
    private static final Map<String, Integer> LEVEL_WORDS = Map.ofEntries(
            Map.entry("apprentice", Seniority.ENTRY), Map.entry("trainee", Seniority.ENTRY),
            Map.entry("entry", LevelRef.FIRST_LEVEL), Map.entry("beginner", LevelRef.FIRST_LEVEL),
            Map.entry("lowest", LevelRef.FIRST_LEVEL),
            Map.entry("junior", Seniority.JUNIOR), Map.entry("jnr", Seniority.JUNIOR), Map.entry("jr", Seniority.JUNIOR),
            Map.entry("associate", Seniority.JUNIOR),
            Map.entry("mid", Seniority.PLAIN), Map.entry("middle", Seniority.PLAIN),
            Map.entry("intermediate", Seniority.PLAIN),
            Map.entry("senior", Seniority.SENIOR), Map.entry("snr", Seniority.SENIOR), Map.entry("sr", Seniority.SENIOR),
            Map.entry("lead", Seniority.LEAD), Map.entry("leads", Seniority.LEAD),
            Map.entry("principal", Seniority.PRINCIPAL), Map.entry("principle", Seniority.PRINCIPAL),
            Map.entry("principals", Seniority.PRINCIPAL),
            Map.entry("head", Seniority.HEAD), Map.entry("top", LevelRef.LAST_LEVEL),
            Map.entry("highest", LevelRef.LAST_LEVEL));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("1", 1), Map.entry("2", 2),
            Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5), Map.entry("6", 6), Map.entry("7", 7),
            Map.entry("8", 8), Map.entry("9", 9), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7));

    static final Map<String, Grade> GRADE_WORDS = Map.of("aa", Grade.AA, "ao", Grade.AO, "eo", Grade.EO,
            "heo", Grade.HEO, "seo", Grade.SEO, "g7", Grade.G7, "g6", Grade.G6, "scs", Grade.SCS);

    private LevelMentions() {
    }

    /** Level numbers, full level names and seniority words, in the order they are said. */
    static List<Mention<LevelRef>> levels(List<String> tokens, BitSet used, ModelIndex index) {
        List<Mention<LevelRef>> levels = new ArrayList<>();
        findLevelNumbers(tokens, used, levels);
        findLevelNames(tokens, used, levels, index);
        findLevelWords(tokens, used, levels, index.vocabulary);
        levels.sort(Comparator.comparingInt(Mention::start));
        return levels;
    }

    static List<Mention<Grade>> grades(List<String> tokens, BitSet used) {
        List<Mention<Grade>> grades = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Grade grade = GRADE_WORDS.get(token);
            int end = i + 1;
            if (grade == null && token.equals("grade") && i + 1 < tokens.size()) {
                String next = tokens.get(i + 1);
                grade = next.equals("7") || next.equals("seven") ? Grade.G7
                        : next.equals("6") || next.equals("six") ? Grade.G6 : null;
                end = i + 2;
            }
            if (grade != null) {
                used.set(i, end);
                grades.add(new Mention<>(grade, i, end, 1.0));
                i = end - 1;
            }
        }
        return grades;
    }

    /** "L3", "level 3", "level three". */
    private static void findLevelNumbers(List<String> tokens, BitSet used, List<Mention<LevelRef>> levels) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (used.get(i)) {
                continue;
            }
            if (token.length() == 2 && token.charAt(0) == 'l' && NUMBERS.containsKey(token.substring(1))) {
                levels.add(Mention.at(new LevelRef(token.toUpperCase(Locale.ROOT), 0, NUMBERS.get(token.substring(1)), null), i, 1));
                used.set(i);
            } else if ((token.equals("level") || token.equals("lvl")) && i + 1 < tokens.size()
                    && NUMBERS.containsKey(tokens.get(i + 1))) {
                levels.add(new Mention<>(new LevelRef("level " + tokens.get(i + 1), 0,
                        NUMBERS.get(tokens.get(i + 1)), null), i, i + 2, 1));
                used.set(i, i + 2);
            }
        }
    }

    /**
     * Full level names ("Senior developer", "Head of service desk"). A level named exactly like its
     * role counts only after the word "level", since the name alone asks about the role.
     */
    private static void findLevelNames(List<String> tokens, BitSet used, List<Mention<LevelRef>> levels,
                                       ModelIndex index) {
        for (EntityMatcher.Match<LevelOfRole> match : index.levels.complete(tokens, used)) {
            LevelOfRole found = match.value();
            int position = match.firstPosition();
            boolean sameAsRole = found.level().name().equalsIgnoreCase(found.role().name());
            boolean afterLevelWord = position > 0 && tokens.get(position - 1).equals("level");
            if (sameAsRole && !afterLevelWord) {
                continue;
            }
            levels.add(Mention.over(new LevelRef(found.level().name(), 0, 0, found), match.positions(),
                    index.levels.confidence(match)));
            used.or(match.positions());
        }
    }

    private static void findLevelWords(List<String> tokens, BitSet used, List<Mention<LevelRef>> levels,
                                       Vocabulary vocabulary) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Integer rank = LEVEL_WORDS.get(token);
            double confidence = 1;
            boolean beforeLevel = i + 1 < tokens.size() && (tokens.get(i + 1).equals("level")
                    || tokens.get(i + 1).equals("role"));
            if (rank == null && beforeLevel && (token.equals("first") || token.equals("last"))) {
                rank = token.equals("first") ? LevelRef.FIRST_LEVEL : LevelRef.LAST_LEVEL; // "the first level"
            }
            if (rank == null && token.length() >= 5 && vocabulary.meanings(token).stream().noneMatch(m -> m.weight() == 1.0)) {
                String near = nearLevelWord(token);
                rank = near == null ? null : LEVEL_WORDS.get(near);
                confidence = 0.8;
            }
            if (rank != null && i > 0 && tokens.get(i - 1).equals("most")
                    && (rank == Seniority.SENIOR || rank == Seniority.JUNIOR)) {
                // "the most senior": the top of the role; "the most junior": its first level.
                rank = rank == Seniority.SENIOR ? LevelRef.LAST_LEVEL : LevelRef.FIRST_LEVEL;
            }
            if (rank != null && !used.get(i)) {
                levels.add(Mention.at(new LevelRef(token, rank, 0, null), i, confidence));
                used.set(i);
            }
        }
    }

    /** "senoir", "principel": a seniority word one edit (or one swap) away. */
    private static String nearLevelWord(String token) {
        for (String word : LEVEL_WORDS.keySet()) {
            if (word.length() >= 5 && oneEditApart(token, word)) {
                return word;
            }
        }
        return null;
    }

    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swap = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swap || a.substring(i + 1).equals(b.substring(i + 1));
        }
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
