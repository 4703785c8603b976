package uk.gov.ddat.capability.bot.conversation;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * Everything one question names, each found once with its span and confidence: the words,
 * grades, role levels, roles, skills, skill levels, role families, where the asker says what they
 * are ("I'm a", "as a") and negations. Intent rules read this; none of them matches names again.
 *
 * @param tokens         the question's words
 * @param used           word positions some mention spans
 * @param grades         Civil Service grades ("HEO", "grade 7")
 * @param levels         role levels, in the order written
 * @param roles          roles, in the order written (at most two)
 * @param skills         skills (the best match)
 * @param skillLevels    awareness, working, practitioner, expert
 * @param families       role families
 * @param roleChoices    roles equally likely when none is clear (may rest on a weak word)
 * @param skillChoices   skills equally likely when none is clear (may rest on a weak word)
 * @param weakChoices    the choices rest on one common word only
 * @param selfAt         the word position just after "I'm a", "I am", "as a" (-1 if none)
 * @param negations      word positions of "not", "don't", "without"
 */
record Mentions(List<String> tokens, BitSet used, List<Mention<Grade>> grades, List<Mention<LevelRef>> levels,
                List<Mention<Role>> roles, List<Mention<Skill>> skills, List<Mention<SkillLevel>> skillLevels,
                List<Mention<RoleFamily>> families, List<Role> roleChoices, List<Skill> skillChoices,
                boolean weakChoices, int selfAt, List<Integer> negations) {

    boolean has(String word) {
        return tokens.contains(word);
    }

    boolean hasAny(Set<String> words) {
        for (String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Two words next to each other, in this order. */
    boolean hasPhrase(String first, String second) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals(first) && tokens.get(i + 1).equals(second)) {
                return true;
            }
        }
        return false;
    }

    String first() {
        return tokens.isEmpty() ? "" : tokens.get(0);
    }

    /** Whether the asker says this is what they are ("I'm a senior ..."). */
    boolean isSelf(Mention<?> mention) {
        return selfAt >= 0 && mention.start() >= selfAt && mention.start() - selfAt <= 2;
    }

    /** Words no mention spans that are not stopwords and not in {@code alsoIgnored}. */
    List<String> unusedWords(Set<String> alsoIgnored) {
        return java.util.stream.IntStream.range(0, tokens.size())
                .filter(i -> !used.get(i))
                .mapToObj(tokens::get)
                .filter(t -> !Tokens.isStopword(t) && !alsoIgnored.contains(t))
                .toList();
    }
}
