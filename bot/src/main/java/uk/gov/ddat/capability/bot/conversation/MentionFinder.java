package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.Seniority;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The one pass over a question's words that finds every mention, each word claimed once: grades,
 * level numbers and full level names first (the most specific), then roles and skills (the better
 * match first), seniority words, skill levels, role families, "I'm a ..." and negations.
 */
final class MentionFinder {

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

    /** Skill level words, with the misspellings people type. */
    private static final Map<String, SkillLevel> SKILL_LEVEL_WORDS = Map.ofEntries(
            Map.entry("awareness", SkillLevel.AWARENESS), Map.entry("aware", SkillLevel.AWARENESS),
            Map.entry("awarness", SkillLevel.AWARENESS), Map.entry("working", SkillLevel.WORKING),
            Map.entry("practitioner", SkillLevel.PRACTITIONER), Map.entry("practioner", SkillLevel.PRACTITIONER),
            Map.entry("practicioner", SkillLevel.PRACTITIONER), Map.entry("practitoner", SkillLevel.PRACTITIONER),
            Map.entry("practitioners", SkillLevel.PRACTITIONER),
            Map.entry("expert", SkillLevel.EXPERT), Map.entry("experts", SkillLevel.EXPERT),
            Map.entry("expret", SkillLevel.EXPERT), Map.entry("expertise", SkillLevel.EXPERT));

    /** "working" is a skill level only beside these; otherwise it is the everyday word ("remote working"). */
    private static final Set<String> SKILL_LEVEL_CONTEXT = Set.of("level", "levels", "at", "skill", "skills",
            "awareness", "practitioner", "expert", "than", "after", "before", "mean", "means", "is", "or", "higher",
            "lower", "vs", "versus", "above", "below");

    private static final Set<String> NEGATIONS = Set.of("not", "dont", "doesnt", "isnt", "arent", "without",
            "never", "cant", "cannot", "wont");

    Mentions find(List<String> tokens, ModelIndex index) {
        BitSet used = new BitSet();
        List<Mention<Grade>> grades = findGrades(tokens, used);
        List<Mention<LevelRef>> levels = new ArrayList<>();
        findLevelNumbers(tokens, used, levels);
        findLevelNames(tokens, used, levels, index);
        findLevelWords(tokens, used, levels, index.vocabulary);
        levels.sort(Comparator.comparingInt(Mention::start));

        // A family named in full before roles and skills take its words ("user-centred design roles").
        List<Mention<RoleFamily>> families = new ArrayList<>(tokens.size() <= 8 || tokens.contains("roles")
                || tokens.contains("family") ? findFamilies(tokens, used, index, 2) : List.of());
        List<Mention<Role>> roles = new ArrayList<>();
        List<Mention<Skill>> skills = new ArrayList<>();
        findAcronyms(tokens, used, roles, index);
        EntityMatcher.Result<Role> roleResult = best(index.roles, tokens, used);
        EntityMatcher.Result<Skill> skillResult = best(index.skills, tokens, used);
        if (better(skillResult, roleResult)) {
            claim(skillResult, index.skills, used, skills);
            roleResult = best(index.roles, tokens, used);
            claim(roleResult, index.roles, used, roles);
            if (roles.size() == 1) {
                claim(best(index.roles, tokens, used), index.roles, used, roles);
            }
        } else {
            claim(roleResult, index.roles, used, roles);
            // A second role only where it beats any skill for the same words ("incident management for X").
            EntityMatcher.Result<Role> second = best(index.roles, tokens, used);
            skillResult = best(index.skills, tokens, used);
            if (better(skillResult, second)) {
                claim(skillResult, index.skills, used, skills);
            } else if (roles.size() == 1) {
                claim(second, index.roles, used, roles);
                skillResult = best(index.skills, tokens, used);
                claim(skillResult, index.skills, used, skills);
            } else {
                claim(skillResult, index.skills, used, skills);
            }
        }
        roles.sort(Comparator.comparingInt(Mention::start));

        List<Mention<SkillLevel>> skillLevels = findSkillLevels(tokens, used);
        families.addAll(findFamilies(tokens, used, index, 1));
        boolean weak = roleResult.weak() || skillResult.weak();
        List<Role> roleChoices = roles.isEmpty() ? values(roleResult) : List.of();
        List<Skill> skillChoices = skills.isEmpty() ? values(skillResult) : List.of();
        return new Mentions(tokens, used, grades, levels, roles, skills, skillLevels, families, roleChoices,
                skillChoices, weak, findSelf(tokens), findNegations(tokens));
    }

    /** The best match among the words still free; none without a free content word (saves the look-up). */
    private static <T> EntityMatcher.Result<T> best(EntityMatcher<T> matcher, List<String> tokens, BitSet used) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used.get(i) && !Tokens.isStopword(tokens.get(i))) {
                return matcher.best(tokens, used);
            }
        }
        return new EntityMatcher.Result<>(List.of());
    }

    private static <T> List<T> values(EntityMatcher.Result<T> result) {
        return result.best().size() > 1 ? result.best().stream().map(EntityMatcher.Match::value).toList() : List.of();
    }

    private static boolean better(EntityMatcher.Result<?> a, EntityMatcher.Result<?> b) {
        if (a.best().isEmpty() || a.weak()) {
            return false;
        }
        if (b.best().isEmpty() || b.weak()) {
            return true;
        }
        EntityMatcher.Match<?> x = a.best().get(0);
        EntityMatcher.Match<?> y = b.best().get(0);
        // More words matched first ("infra ops": two words of a role beat the one word of "IT infrastructure").
        if (x.wordsMatched() != y.wordsMatched()) {
            return x.wordsMatched() > y.wordsMatched();
        }
        return x.complete() && !y.complete();
    }

    private static <T> void claim(EntityMatcher.Result<T> result, EntityMatcher<T> matcher, BitSet used,
                                  List<Mention<T>> into) {
        if (result.ambiguous() && separateCompleteNames(result.best())) {
            // "data scientist vs data engineer": two whole names, side by side, are both meant.
            for (EntityMatcher.Match<T> match : result.best()) {
                used.or(match.positions());
                into.add(Mention.over(match.value(), match.positions(), matcher.confidence(match)));
            }
            return;
        }
        if (result.found()) {
            EntityMatcher.Match<T> match = result.match();
            used.or(match.positions());
            if (into.stream().anyMatch(m -> m.value().equals(match.value()))) {
                return; // the same name again ("capasity Availability and capacity management"): its words are spent
            }
            into.add(Mention.over(match.value(), match.positions(), matcher.confidence(match)));
        }
    }

    private static <T> boolean separateCompleteNames(List<EntityMatcher.Match<T>> matches) {
        if (matches.size() != 2 || !matches.get(0).complete() || !matches.get(1).complete()) {
            return false;
        }
        return !matches.get(0).positions().intersects(matches.get(1).positions());
    }

    private static List<Mention<Grade>> findGrades(List<String> tokens, BitSet used) {
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

    /** Initials of a role ("IOE"), where they stand for one role only. */
    private static void findAcronyms(List<String> tokens, BitSet used, List<Mention<Role>> roles, ModelIndex index) {
        for (int i = 0; i < tokens.size() && roles.isEmpty(); i++) {
            String token = tokens.get(i);
            String word = token.endsWith("s") && index.roleAcronyms.containsKey(token.substring(0, token.length() - 1))
                    ? token.substring(0, token.length() - 1) : token;
            Role role = used.get(i) ? null : index.roleAcronyms.get(word);
            if (role != null) {
                roles.add(Mention.at(role, i, 0.9));
                used.set(i);
            }
        }
    }

    private static List<Mention<SkillLevel>> findSkillLevels(List<String> tokens, BitSet used) {
        List<Mention<SkillLevel>> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            SkillLevel level = used.get(i) ? null : SKILL_LEVEL_WORDS.get(tokens.get(i));
            if (level == SkillLevel.WORKING && !nextTo(tokens, i, SKILL_LEVEL_CONTEXT)) {
                level = null;
            }
            if (level != null) {
                found.add(Mention.at(level, i, 1));
                used.set(i);
            }
        }
        return found;
    }

    private static boolean nextTo(List<String> tokens, int i, Set<String> words) {
        return i > 0 && words.contains(tokens.get(i - 1)) || i + 1 < tokens.size() && words.contains(tokens.get(i + 1));
    }

    /** A family's full name, counted when the question speaks of families or roles ("roles in the data family"). */
    private static List<Mention<RoleFamily>> findFamilies(List<String> tokens, BitSet used, ModelIndex index,
                                                          int minWords) {
        boolean aboutRoles = tokens.contains("family") || tokens.contains("families") || tokens.contains("roles");
        long contentWords = tokens.stream().filter(t -> !Tokens.isStopword(t)).count();
        List<Mention<RoleFamily>> found = new ArrayList<>();
        for (EntityMatcher.Match<RoleFamily> match : index.families.complete(tokens, used)) {
            // Counted when the question speaks of roles or families, or is the family's name and nothing else.
            boolean wholeQuestion = match.wordCount() >= 2 && match.positions().cardinality() == contentWords;
            if (match.wordCount() < minWords || !aboutRoles && !wholeQuestion) {
                continue;
            }
            found.add(Mention.over(match.value(), match.positions(), index.families.confidence(match)));
            used.or(match.positions());
        }
        return found;
    }

    /** Just after "I'm a", "I am a", "as a", "I work as a", "my level is": where the asker says what they are. */
    private static int findSelf(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            int after = -1;
            if (token.equals("im") || token.equals("i") && i + 1 < tokens.size() && tokens.get(i + 1).equals("am")) {
                after = token.equals("im") ? i + 1 : i + 2;
            } else if (token.equals("as") && i + 1 < tokens.size()
                    && (tokens.get(i + 1).equals("a") || tokens.get(i + 1).equals("an"))) {
                after = i + 1;
            } else if (token.equals("my") && i + 1 < tokens.size()
                    && Set.of("level", "role", "grade", "job").contains(tokens.get(i + 1))) {
                after = i + 2;
                if (after < tokens.size() && tokens.get(after).equals("is")) {
                    after++;
                }
            }
            if (after >= 0) {
                while (after < tokens.size() && Set.of("a", "an", "currently", "now", "the").contains(tokens.get(after))) {
                    after++;
                }
                return after;
            }
        }
        return -1;
    }

    private static List<Integer> findNegations(List<String> tokens) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (NEGATIONS.contains(tokens.get(i))) {
                found.add(i);
            }
        }
        return found;
    }
}
