package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Seniority;
import uk.gov.ddat.capability.framework.Skill;

/** Everything the parser needs to read questions against one framework snapshot, built once per snapshot. */
final class ModelIndex {

    final FrameworkModel model;
    final Vocabulary vocabulary;
    final EntityMatcher<Skill> skills;
    final EntityMatcher<Role> roles;
    final EntityMatcher<LevelOfRole> levels;
    final EntityMatcher<RoleFamily> families;
    /** A role's initials ("ioe"), where no other role, word or grade has them. */
    final Map<String, Role> roleAcronyms;
    /** Built on the first question that needs free-text search (Lucene): most are answered by name. */
    private volatile FrameworkSearch search;
    /** Each level's seniority, worked out once (by identity: levels are immutable and shared). */
    private final Map<RoleLevel, Integer> seniority = new IdentityHashMap<>();

    ModelIndex(FrameworkModel model) {
        this.model = model;
        List<String> words = new ArrayList<>();
        model.skills().forEach(s -> words.addAll(EntityMatcher.contentWords(s.name())));
        for (RoleFamily family : model.families()) {
            words.addAll(EntityMatcher.contentWords(family.name()));
        }
        for (Role role : model.roles()) {
            words.addAll(EntityMatcher.contentWords(role.name()));
            role.levels().forEach(l -> words.addAll(EntityMatcher.contentWords(l.name())));
        }
        this.vocabulary = new Vocabulary(words);
        this.skills = new EntityMatcher<>(vocabulary);
        this.roles = new EntityMatcher<>(vocabulary);
        this.levels = new EntityMatcher<>(vocabulary);
        this.families = new EntityMatcher<>(vocabulary);
        model.skills().forEach(s -> skills.add(s, s.name()));
        model.families().forEach(f -> families.add(f, f.name()));
        for (Role role : model.roles()) {
            roles.add(role, role.name());
            for (RoleLevel level : role.levels()) {
                levels.add(new LevelOfRole(role, level), level.name());
                seniority.put(level, Seniority.of(level.name()));
            }
        }
        this.roleAcronyms = acronyms(model, new HashSet<>(words));
    }

    FrameworkSearch search() {
        FrameworkSearch built = search;
        if (built == null) {
            synchronized (this) {
                built = search;
                if (built == null) {
                    built = new FrameworkSearch(model);
                    search = built;
                }
            }
        }
        return built;
    }

    int seniority(RoleLevel level) {
        Integer known = seniority.get(level);
        return known != null ? known : Seniority.of(level.name());
    }

    /** With one role loaded, every question is about it. */
    boolean singleRole() {
        return model.roles().size() == 1;
    }

    private static Map<String, Role> acronyms(FrameworkModel model, Set<String> words) {
        Map<String, Role> byAcronym = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (Role role : model.roles()) {
            StringBuilder initials = new StringBuilder();
            EntityMatcher.contentWords(role.name()).forEach(w -> initials.append(w.charAt(0)));
            String acronym = initials.toString();
            if (acronym.length() < 3 || words.contains(acronym) || Tokens.isStopword(acronym)
                    || LevelMentions.GRADE_WORDS.containsKey(acronym)) {
                continue;
            }
            if (byAcronym.putIfAbsent(acronym, role) != null) {
                clashes.add(acronym);
            }
        }
        clashes.forEach(byAcronym::remove);
        return Map.copyOf(byAcronym);
    }
}
