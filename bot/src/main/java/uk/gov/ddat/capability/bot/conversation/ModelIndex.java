package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.List;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;

/** Everything the parser needs to read questions against one framework snapshot, built once per snapshot. */
final class ModelIndex {

    final FrameworkModel model;
    final Vocabulary vocabulary;
    final EntityMatcher<Skill> skills;
    final EntityMatcher<Role> roles;
    final EntityMatcher<LevelOfRole> levels;
    final FrameworkSearch search;

    ModelIndex(FrameworkModel model) {
        this.model = model;
        List<String> words = new ArrayList<>();
        model.skills().forEach(s -> words.addAll(EntityMatcher.contentWords(s.name())));
        for (Role role : model.roles()) {
            words.addAll(EntityMatcher.contentWords(role.name()));
            role.levels().forEach(l -> words.addAll(EntityMatcher.contentWords(l.name())));
        }
        this.vocabulary = new Vocabulary(words);
        this.skills = new EntityMatcher<>(vocabulary);
        this.roles = new EntityMatcher<>(vocabulary);
        this.levels = new EntityMatcher<>(vocabulary);
        model.skills().forEach(s -> skills.add(s, s.name()));
        for (Role role : model.roles()) {
            roles.add(role, role.name());
            for (RoleLevel level : role.levels()) {
                levels.add(new LevelOfRole(role, level), level.name());
            }
        }
        this.search = new FrameworkSearch(model);
    }

    /** With one role loaded, every question is about it. */
    boolean singleRole() {
        return model.roles().size() == 1;
    }
}
