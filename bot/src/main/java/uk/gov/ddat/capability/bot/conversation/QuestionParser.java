package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Seniority;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.Track;

/**
 * Turns what someone typed into a {@link Question}: the /skills grammar ({@code help}, {@code roles},
 * {@code tip}, {@code search <words>}, {@code grade <grade>}, {@code compare <level> <level>}, a role,
 * a level, a skill, a skill and a level) and the same things asked in plain words, with typos,
 * abbreviations, level synonyms ("snr", "principle", "L3", "level 3") and grades.
 */
final class QuestionParser {

    private static final int FIRST_LEVEL = -1;
    private static final int LAST_LEVEL = 99;

    /** Words for a level's seniority, as people say them. */
    private static final Map<String, Integer> LEVEL_WORDS = Map.ofEntries(
            Map.entry("apprentice", Seniority.ENTRY), Map.entry("trainee", Seniority.ENTRY),
            Map.entry("entry", FIRST_LEVEL), Map.entry("beginner", FIRST_LEVEL), Map.entry("lowest", FIRST_LEVEL),
            Map.entry("junior", Seniority.JUNIOR), Map.entry("jnr", Seniority.JUNIOR), Map.entry("jr", Seniority.JUNIOR),
            Map.entry("associate", Seniority.JUNIOR),
            Map.entry("mid", Seniority.PLAIN), Map.entry("middle", Seniority.PLAIN),
            Map.entry("intermediate", Seniority.PLAIN),
            Map.entry("senior", Seniority.SENIOR), Map.entry("snr", Seniority.SENIOR), Map.entry("sr", Seniority.SENIOR),
            Map.entry("lead", Seniority.LEAD), Map.entry("leads", Seniority.LEAD),
            Map.entry("principal", Seniority.PRINCIPAL), Map.entry("principle", Seniority.PRINCIPAL),
            Map.entry("principals", Seniority.PRINCIPAL),
            Map.entry("head", Seniority.HEAD), Map.entry("top", LAST_LEVEL), Map.entry("highest", LAST_LEVEL));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("1", 1), Map.entry("2", 2),
            Map.entry("3", 3), Map.entry("4", 4), Map.entry("5", 5), Map.entry("6", 6), Map.entry("7", 7),
            Map.entry("8", 8), Map.entry("9", 9), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7));

    private static final Map<String, Grade> GRADE_WORDS = Map.of("aa", Grade.AA, "ao", Grade.AO, "eo", Grade.EO,
            "heo", Grade.HEO, "seo", Grade.SEO, "g7", Grade.G7, "g6", Grade.G6, "scs", Grade.SCS);

    /** Words that make a single level a question about getting there (or onward from it). */
    private static final Set<String> PROGRESSION_WORDS = Set.of("compare", "vs", "versus", "changes", "changing",
            "differ", "difference", "differences", "become", "becoming", "promotion", "promoted", "progress",
            "progression", "progressing", "step", "move", "moving", "get", "next", "after", "beyond", "above");
    private static final Set<String> ONWARD_WORDS = Set.of("next", "after", "beyond", "above", "from");
    private static final Set<String> HELP_WORDS = Set.of("help", "usage", "commands", "h");
    private static final Set<String> LIST_WORDS = Set.of("roles", "families", "family", "list", "all");

    /** A level as the question refers to it, before it is resolved against a role. */
    private record LevelRef(int position, String word, int rank, int number, LevelOfRole exact) {
    }

    Question parse(String text, ModelIndex index) {
        String quoted = UserText.quote(text);
        List<String> tokens = Tokens.of(text);
        if (text.strip().equals("?")) {
            return Question.of(Intent.HELP, quoted);
        }
        if (tokens.isEmpty()) {
            return Question.of(Intent.UNKNOWN, quoted);
        }
        String first = tokens.get(0);
        if (HELP_WORDS.contains(first) && tokens.size() <= 3) {
            return Question.of(Intent.HELP, quoted);
        }
        if ((first.equals("search") || first.equals("find")) && tokens.size() > 1) {
            return search(String.join(" ", tokens.subList(1, tokens.size())), quoted);
        }
        if (first.equals("tip") || tokens.contains("tip") && tokens.size() <= 5) {
            return Question.of(Intent.TIP, quoted);
        }

        BitSet used = new BitSet();
        Grade grade = findGrade(tokens, used);
        List<LevelRef> refs = new ArrayList<>();
        findLevelNumbers(tokens, used, refs);
        findLevelNames(tokens, used, refs, index);
        findLevelWords(tokens, used, refs);

        // Roles and skills compete for the same words: the better match takes them first.
        EntityMatcher.Result<Role> roles = index.roles.best(tokens, used);
        EntityMatcher.Result<Skill> skills = index.skills.best(tokens, used);
        if (better(skills, roles)) {
            skills = claim(skills, used);
            roles = claim(index.roles.best(tokens, used), used);
        } else {
            roles = claim(roles, used);
            skills = claim(index.skills.best(tokens, used), used);
        }
        Skill skill = skills.found() ? skills.match().value() : null;
        Role role = roles.found() ? roles.match().value() : null;
        if (role == null) {
            role = refs.stream().filter(r -> r.exact() != null).map(r -> r.exact().role()).findFirst().orElse(null);
        }
        if (role == null && index.singleRole()) {
            role = index.model.roles().get(0);
        }
        if (role == null && skill != null && !refs.isEmpty()) {
            List<Role> needing = index.model.rolesNeeding(skill.name());
            role = needing.size() == 1 ? needing.get(0) : null;
        }
        boolean managementTrack = unusedWord(tokens, used, "management") && role != null
                && !role.levels(Track.MANAGEMENT).isEmpty();

        Question base = new Question(Intent.UNKNOWN, Optional.ofNullable(role), Optional.empty(), Optional.empty(),
                Optional.ofNullable(skill), Optional.ofNullable(grade), "", List.of(), quoted);
        if (grade != null) {
            return retarget(base, Intent.GRADE);
        }
        if (role == null && (!refs.isEmpty() || roles.ambiguous())) {
            return clarifyRole(base, tokens, refs, roles, skill, index);
        }
        if (skill == null && skills.ambiguous() && refs.isEmpty() && role == null) {
            return clarify(base, "skill", skills.best().stream().map(EntityMatcher.Match::name).toList());
        }

        List<RoleLevel> levels = new ArrayList<>();
        for (LevelRef ref : refs) {
            Optional<RoleLevel> level = resolve(ref, role, managementTrack);
            if (level.isEmpty()) {
                return new Question(Intent.NO_SUCH_LEVEL, Optional.of(role), Optional.empty(), Optional.empty(),
                        base.skill(), Optional.empty(), ref.word(), List.of(), quoted);
            }
            if (!levels.contains(level.get())) {
                levels.add(level.get());
            }
        }

        if (tokens.contains("grade") || tokens.contains("grades")) {
            if (!levels.isEmpty()) {
                return withLevels(base, Intent.GRADE, levels.get(0), null);
            }
        }
        if (levels.size() >= 2) {
            return withLevels(base, Intent.PROGRESSION, levels.get(0), levels.get(1));
        }
        if (levels.size() == 1 && asksAboutProgression(tokens, refs.get(0).position())) {
            RoleLevel level = levels.get(0);
            boolean onward = onwardFrom(tokens, refs.get(0).position());
            Optional<RoleLevel> other = onward ? role.next(level) : role.previous(level);
            return other.map(o -> onward ? withLevels(base, Intent.PROGRESSION, level, o)
                            : withLevels(base, Intent.PROGRESSION, o, level))
                    .orElseGet(() -> withLevels(base, Intent.PROGRESSION, level, null));
        }
        if (skill != null) {
            return levels.isEmpty() ? retarget(base, Intent.SKILL)
                    : withLevels(base, Intent.SKILL_AT_LEVEL, levels.get(0), null);
        }
        if (!levels.isEmpty()) {
            return withLevels(base, Intent.ROLE_LEVEL, levels.get(0), null);
        }
        if (roles.found()) {
            return retarget(base, Intent.ROLE_OVERVIEW);
        }
        if (tokens.stream().anyMatch(LIST_WORDS::contains)) {
            return Question.of(Intent.LIST_ROLES, quoted);
        }
        if (HELP_WORDS.contains(first)) {
            return Question.of(Intent.HELP, quoted);
        }
        List<FrameworkSearch.Hit> hits = index.search.search(String.join(" ", tokens), 1);
        if (!hits.isEmpty()) {
            return search(String.join(" ", tokens), quoted);
        }
        return Question.of(Intent.UNKNOWN, quoted);
    }

    private static Question search(String words, String quoted) {
        return new Question(Intent.SEARCH, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), words, List.of(), quoted);
    }

    private static Question retarget(Question base, Intent intent) {
        return new Question(intent, base.role(), base.level(), base.toLevel(), base.skill(), base.grade(), base.query(),
                base.choices(), base.quoted());
    }

    private static Question withLevels(Question base, Intent intent, RoleLevel level, RoleLevel toLevel) {
        return new Question(intent, base.role(), Optional.ofNullable(level), Optional.ofNullable(toLevel), base.skill(),
                base.grade(), base.query(), base.choices(), base.quoted());
    }

    /** Ask which one; {@code kind} ("role" or "skill") says what the choices are. */
    private static Question clarify(Question base, String kind, List<String> choices) {
        return new Question(Intent.CLARIFY, base.role(), Optional.empty(), Optional.empty(), base.skill(), base.grade(),
                kind, choices, base.quoted());
    }

    /** Which role? Offer the roles the question could fit, most likely first. */
    private static Question clarifyRole(Question base, List<String> tokens, List<LevelRef> refs,
                                        EntityMatcher.Result<Role> roles, Skill skill, ModelIndex index) {
        List<Role> candidates = roles.ambiguous() ? roles.best().stream().map(EntityMatcher.Match::value).toList()
                : skill != null ? index.model.rolesNeeding(skill.name()) : index.model.roles();
        List<Role> fitting = candidates.stream()
                .filter(r -> !r.levels().isEmpty())
                .filter(r -> refs.stream().allMatch(ref -> resolve(ref, r, false).isPresent()))
                .toList();
        List<String> choices = (fitting.isEmpty() ? candidates : fitting).stream().map(Role::name).toList();
        return clarify(base, "role", choices);
    }

    private static boolean better(EntityMatcher.Result<?> a, EntityMatcher.Result<?> b) {
        if (a.best().isEmpty()) {
            return false;
        }
        if (b.best().isEmpty()) {
            return true;
        }
        EntityMatcher.Match<?> x = a.best().get(0);
        EntityMatcher.Match<?> y = b.best().get(0);
        if (x.complete() != y.complete()) {
            return x.complete();
        }
        return x.wordsMatched() > y.wordsMatched();
    }

    private static <T> EntityMatcher.Result<T> claim(EntityMatcher.Result<T> result, BitSet used) {
        if (result.found()) {
            used.or(result.match().positions());
        }
        return result;
    }

    private static Grade findGrade(List<String> tokens, BitSet used) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            Grade grade = GRADE_WORDS.get(token);
            if (grade == null && token.equals("grade") && i + 1 < tokens.size()) {
                String next = tokens.get(i + 1);
                grade = next.equals("7") || next.equals("seven") ? Grade.G7
                        : next.equals("6") || next.equals("six") ? Grade.G6 : null;
                if (grade != null) {
                    used.set(i + 1);
                }
            }
            if (grade != null) {
                used.set(i);
                return grade;
            }
        }
        return null;
    }

    /** "L3", "level 3", "level three". */
    private static void findLevelNumbers(List<String> tokens, BitSet used, List<LevelRef> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.length() == 2 && token.charAt(0) == 'l' && NUMBERS.containsKey(token.substring(1))) {
                refs.add(new LevelRef(i, token.toUpperCase(), 0, NUMBERS.get(token.substring(1)), null));
                used.set(i);
            } else if ((token.equals("level") || token.equals("lvl")) && i + 1 < tokens.size()
                    && NUMBERS.containsKey(tokens.get(i + 1))) {
                refs.add(new LevelRef(i, "level " + tokens.get(i + 1), 0, NUMBERS.get(tokens.get(i + 1)), null));
                used.set(i, i + 2);
            }
        }
    }

    /**
     * Full level names ("Senior developer", "Head of service desk"). A level named exactly like its
     * role counts only after the word "level", since the name alone asks about the role.
     */
    private static void findLevelNames(List<String> tokens, BitSet used, List<LevelRef> refs, ModelIndex index) {
        for (EntityMatcher.Match<LevelOfRole> match : index.levels.complete(tokens, used)) {
            LevelOfRole found = match.value();
            int position = match.firstPosition();
            boolean sameAsRole = found.level().name().equalsIgnoreCase(found.role().name());
            boolean afterLevelWord = position > 0 && tokens.get(position - 1).equals("level");
            if (sameAsRole && !afterLevelWord) {
                continue;
            }
            refs.add(new LevelRef(position, found.level().name(), 0, 0, found));
            used.or(match.positions());
        }
        refs.sort((a, b) -> Integer.compare(a.position(), b.position()));
    }

    private static void findLevelWords(List<String> tokens, BitSet used, List<LevelRef> refs) {
        for (int i = 0; i < tokens.size(); i++) {
            Integer rank = LEVEL_WORDS.get(tokens.get(i));
            if (rank != null && !used.get(i)) {
                refs.add(new LevelRef(i, tokens.get(i), rank, 0, null));
                used.set(i);
            }
        }
        refs.sort((a, b) -> Integer.compare(a.position(), b.position()));
    }

    private static Optional<RoleLevel> resolve(LevelRef ref, Role role, boolean managementTrack) {
        if (ref.exact() != null) {
            return ref.exact().role().equals(role) ? Optional.of(ref.exact().level()) : Optional.empty();
        }
        List<RoleLevel> track = role.levels(managementTrack ? Track.MANAGEMENT : Track.MAIN);
        if (track.isEmpty()) {
            return Optional.empty();
        }
        if (ref.number() > 0) {
            return ref.number() <= track.size() ? Optional.of(track.get(ref.number() - 1)) : Optional.empty();
        }
        if (ref.rank() == FIRST_LEVEL) {
            return Optional.of(track.get(0));
        }
        if (ref.rank() == LAST_LEVEL) {
            return Optional.of(track.get(track.size() - 1));
        }
        return track.stream().filter(l -> Seniority.of(l.name()) == ref.rank()).findFirst();
    }

    private static boolean asksAboutProgression(List<String> tokens, int levelPosition) {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (PROGRESSION_WORDS.contains(token)) {
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

    private static boolean unusedWord(List<String> tokens, BitSet used, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used.get(i) && tokens.get(i).equals(word)) {
                return true;
            }
        }
        return false;
    }
}
