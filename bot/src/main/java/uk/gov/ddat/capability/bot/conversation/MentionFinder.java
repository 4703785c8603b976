package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The one pass over a question's words that finds every mention, each word claimed once: grades
 * and levels first, the most specific ({@link LevelMentions}), then roles, skills and role families
 * ({@link NameMentions}), skill levels, "I'm a ..." and negations.
 */
final class MentionFinder {

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
        List<Mention<Grade>> grades = LevelMentions.grades(tokens, used);
        List<Mention<LevelRef>> levels = LevelMentions.levels(tokens, used, index);

        // A family named in full before roles and skills take its words ("user-centred design roles").
        List<Mention<RoleFamily>> families = new ArrayList<>(tokens.size() <= 8 || tokens.contains("roles")
                || tokens.contains("family") ? NameMentions.families(tokens, used, index, 2) : List.of());
        NameMentions.Found named = NameMentions.rolesAndSkills(tokens, used, index);

        List<Mention<SkillLevel>> skillLevels = findSkillLevels(tokens, used);
        families.addAll(NameMentions.families(tokens, used, index, 1));
        boolean weak = named.roleResult().weak() || named.skillResult().weak();
        List<Role> roleChoices = named.roles().isEmpty() ? values(named.roleResult()) : List.of();
        List<Skill> skillChoices = named.skills().isEmpty() ? values(named.skillResult()) : List.of();
        return new Mentions(tokens, used, grades, levels, named.roles(), named.skills(), skillLevels, families,
                roleChoices, skillChoices, weak, findSelf(tokens), findNegations(tokens));
    }

    /** The alternatives, when more than one match was equally good: the asker is asked which. */
    private static <T> List<T> values(EntityMatcher.Result<T> result) {
        return result.best().size() > 1 ? result.best().stream().map(EntityMatcher.Match::value).toList() : List.of();
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
