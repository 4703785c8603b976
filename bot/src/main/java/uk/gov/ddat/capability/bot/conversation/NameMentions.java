package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.Skill;

/**
 * The mentions of named things in a question: roles (by name or initials) and skills, the better
 * match claiming its words first, and role families named in full.
 */
final class NameMentions {

    /**
     * The roles and skills named, and the best matches they came from (their alternatives and
     * weakness decide whether to ask which was meant).
     */
    record Found(List<Mention<Role>> roles, List<Mention<Skill>> skills, EntityMatcher.Result<Role> roleResult,
                 EntityMatcher.Result<Skill> skillResult) {
    }

    private NameMentions() {
    }

    static Found rolesAndSkills(List<String> tokens, BitSet used, ModelIndex index) {
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
        return new Found(roles, skills, roleResult, skillResult);
    }

    /** A family's full name, counted when the question speaks of families or roles ("roles in the data family"). */
    static List<Mention<RoleFamily>> families(List<String> tokens, BitSet used, ModelIndex index, int minWords) {
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

    /** The best match among the words still free; none without a free content word (saves the look-up). */
    private static <T> EntityMatcher.Result<T> best(EntityMatcher<T> matcher, List<String> tokens, BitSet used) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!used.get(i) && !Tokens.isStopword(tokens.get(i))) {
                return matcher.best(tokens, used);
            }
        }
        return new EntityMatcher.Result<>(List.of());
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
}
