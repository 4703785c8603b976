package uk.gov.ddat.capability.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One immutable snapshot of the capability framework: families, roles, levels and skills, with
 * lookups derived once when the snapshot is built. Name lookups are exact and case-insensitive;
 * fuzzy matching belongs to the conversation engine.
 */
public final class FrameworkModel {

    private final Source source;
    private final List<RoleFamily> families;
    private final List<Role> roles;
    private final List<Skill> skills;
    private final Map<String, Role> rolesByName = new LinkedHashMap<>();
    private final Map<String, Skill> skillsByName = new LinkedHashMap<>();
    private final Map<String, LevelOfRole> levelsByName = new LinkedHashMap<>();
    private final Map<Grade, List<LevelOfRole>> levelsByGrade = new EnumMap<>(Grade.class);
    private final Map<String, List<Role>> rolesBySkill = new LinkedHashMap<>();
    private final int requirementCount;

    public FrameworkModel(Source source, List<RoleFamily> families, List<Skill> skills) {
        this.source = source;
        this.families = List.copyOf(families);
        this.roles = this.families.stream().flatMap(f -> f.roles().stream()).toList();
        this.skills = skills.stream().sorted(Comparator.comparing(s -> key(s.name()))).toList();

        this.skills.forEach(skill -> skillsByName.put(key(skill.name()), skill));
        int requirements = 0;
        for (Role role : roles) {
            rolesByName.put(key(role.name()), role);
            for (RoleLevel level : role.levels()) {
                LevelOfRole ref = new LevelOfRole(role, level);
                levelsByName.putIfAbsent(key(level.name()), ref);
                level.grades().forEach(g -> levelsByGrade.computeIfAbsent(g, x -> new ArrayList<>()).add(ref));
                for (SkillRequirement requirement : level.skills()) {
                    requirements++;
                    addRoleNeeding(requirement.skill(), role);
                }
            }
            for (String skill : role.unlevelledSkills()) {
                requirements++;
                addRoleNeeding(skill, role);
            }
        }
        levelsByGrade.replaceAll((g, list) -> List.copyOf(list));
        rolesBySkill.replaceAll((s, list) -> List.copyOf(list));
        this.requirementCount = requirements;
    }

    private void addRoleNeeding(String skill, Role role) {
        List<Role> needing = rolesBySkill.computeIfAbsent(key(skill), x -> new ArrayList<>());
        if (!needing.contains(role)) {
            needing.add(role);
        }
    }

    public Source source() {
        return source;
    }

    public List<RoleFamily> families() {
        return families;
    }

    /** All roles, family by family, in the source's order. */
    public List<Role> roles() {
        return roles;
    }

    /** All skills, alphabetically. */
    public List<Skill> skills() {
        return skills;
    }

    /** How many (role level, skill) cells the framework has, counting the skills of roles without levels. */
    public int requirementCount() {
        return requirementCount;
    }

    public Optional<Role> role(String name) {
        return Optional.ofNullable(rolesByName.get(key(name)));
    }

    public Optional<Skill> skill(String name) {
        return Optional.ofNullable(skillsByName.get(key(name)));
    }

    /** A role level by its full name, e.g. "Senior developer", with the role it belongs to. */
    public Optional<LevelOfRole> level(String name) {
        return Optional.ofNullable(levelsByName.get(key(name)));
    }

    /** Every role level typically performed at a grade. */
    public List<LevelOfRole> levelsAtGrade(Grade grade) {
        return levelsByGrade.getOrDefault(grade, List.of());
    }

    /** Every role that needs a skill at some level, in the source's order. */
    public List<Role> rolesNeeding(String skillName) {
        return rolesBySkill.getOrDefault(key(skillName), List.of());
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
