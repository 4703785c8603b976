package uk.gov.ddat.capability.bot.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;
import uk.gov.ddat.capability.bot.api.ApiViews.Framework;
import uk.gov.ddat.capability.bot.api.ApiViews.Grade;
import uk.gov.ddat.capability.bot.api.ApiViews.Level;
import uk.gov.ddat.capability.bot.api.ApiViews.LevelRef;
import uk.gov.ddat.capability.bot.api.ApiViews.LevelSkill;
import uk.gov.ddat.capability.bot.api.ApiViews.LevelSummary;
import uk.gov.ddat.capability.bot.api.ApiViews.RoleRef;
import uk.gov.ddat.capability.bot.api.ApiViews.RoleSummary;
import uk.gov.ddat.capability.bot.api.ApiViews.SkillLevel;
import uk.gov.ddat.capability.bot.api.ApiViews.SkillRef;
import uk.gov.ddat.capability.bot.api.ApiViews.SkillSummary;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.load.CurrentFramework.Snapshot;
import uk.gov.ddat.capability.framework.load.PublishedPages;

/**
 * Everything the API serves from one framework snapshot, built once when the snapshot is first
 * asked for: the views, ids for every role, level and skill, and the entity tag, a hash of the
 * content, the snapshot's version and the API description, so it changes whenever any answer can.
 */
final class ApiIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Snapshot snapshot;
    private final Map<String, String> roleIds = new HashMap<>();
    private final Map<String, String> skillIds = new HashMap<>();
    private final Map<RoleLevel, String> levelIds = new IdentityHashMap<>();
    private final Map<String, ApiViews.Role> roles = new LinkedHashMap<>();
    private final Map<String, ApiViews.Skill> skills = new LinkedHashMap<>();
    private final Map<String, LevelOfRole> levels = new LinkedHashMap<>();
    private final List<RoleSummary> roleList = new ArrayList<>();
    private final List<SkillSummary> skillList = new ArrayList<>();
    private final List<LevelSummary> levelList = new ArrayList<>();
    private final List<Grade> grades;
    private final Framework framework;
    private final String etag;

    ApiIndex(Snapshot snapshot, String specHash) {
        this.snapshot = snapshot;
        FrameworkModel model = snapshot.model();
        Slugs roleSlugs = new Slugs();
        Slugs skillSlugs = new Slugs();
        Slugs levelSlugs = new Slugs();
        model.skills().forEach(s -> skillIds.put(key(s.name()), skillSlugs.add(s.name())));
        for (Role role : model.roles()) {
            roleIds.put(key(role.name()), roleSlugs.add(role.name()));
            for (RoleLevel level : role.levels()) {
                String id = levelSlugs.add(level.name());
                levelIds.put(level, id);
                levels.put(id, new LevelOfRole(role, level));
            }
        }
        model.roles().forEach(this::addRole);
        model.skills().forEach(skill -> addSkill(skill, model));
        this.grades = grades(model);
        ApiViews.SourceView source = new ApiViews.SourceView(model.source().title(), model.source().url(),
                model.source().licence());
        String dataDate = model.source().lastUpdated().map(Object::toString).orElse("");
        String contentHash = sha256(JSON.writeValueAsBytes(List.of(source, dataDate, roles, skills, grades)));
        this.framework = new Framework(snapshot.version(), contentHash, dataDate.isEmpty() ? null : dataDate, source,
                new ApiViews.Counts(model.families().size(), model.roles().size(), levels.size(), model.skills().size(),
                        model.requirementCount()));
        this.etag = "\"" + sha256((specHash + ':' + snapshot.version() + ':' + contentHash)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 32) + "\"";
    }

    private void addRole(Role role) {
        String id = roleId(role.name());
        List<Level> views = role.levels().stream().map(level -> new Level(levelIds.get(level), level.name(),
                level.track().name().toLowerCase(Locale.ROOT), level.position(), orNull(level.summary()),
                level.youWill(), level.grades().stream().map(g -> g.code()).toList(),
                level.skills().stream().map(this::levelSkill).toList())).toList();
        roles.put(id, new ApiViews.Role(id, role.name(), role.family(), orNull(role.description()), role.youWill(),
                role.roleType().orElse(null), role.url(), views,
                role.unlevelledSkills().stream().map(s -> new SkillRef(skillId(s), s)).toList()));
        roleList.add(new RoleSummary(id, role.name(), role.family(), role.url(), role.levels().size()));
        for (Level level : views) {
            levelList.add(new LevelSummary(level.id(), level.name(), id, role.name(), level.track(), level.position(),
                    level.grades()));
        }
    }

    private LevelSkill levelSkill(SkillRequirement requirement) {
        return new LevelSkill(skillId(requirement.skill()), requirement.skill(), requirement.level().label(),
                requirement.level().rank(), requirement.youCan());
    }

    private void addSkill(Skill skill, FrameworkModel model) {
        String id = skillId(skill.name());
        List<SkillLevel> scale = new ArrayList<>();
        for (uk.gov.ddat.capability.framework.SkillLevel level : uk.gov.ddat.capability.framework.SkillLevel.values()) {
            scale.add(new SkillLevel(level.label(), level.rank(), level.scaleDescription(), skill.youCanAt(level)));
        }
        List<RoleRef> needing = model.rolesNeeding(skill.name()).stream()
                .map(r -> new RoleRef(roleId(r.name()), r.name())).toList();
        skills.put(id, new ApiViews.Skill(id, skill.name(), skill.description().orElse(null), PublishedPages.SKILLS,
                scale, needing));
        skillList.add(new SkillSummary(id, skill.name(), skill.description().isPresent()));
    }

    private List<Grade> grades(FrameworkModel model) {
        Map<uk.gov.ddat.capability.framework.Grade, List<LevelRef>> byGrade =
                new EnumMap<>(uk.gov.ddat.capability.framework.Grade.class);
        for (uk.gov.ddat.capability.framework.Grade grade : uk.gov.ddat.capability.framework.Grade.values()) {
            byGrade.put(grade, model.levelsAtGrade(grade).stream().map(this::levelRef).toList());
        }
        return byGrade.entrySet().stream().map(e -> new Grade(e.getKey().code(), e.getKey().fullName(),
                e.getKey().label(), e.getValue())).toList();
    }

    LevelRef levelRef(LevelOfRole level) {
        return new LevelRef(levelIds.get(level.level()), level.level().name(), roleId(level.role().name()));
    }

    Snapshot snapshot() {
        return snapshot;
    }

    String etag() {
        return etag;
    }

    Framework framework() {
        return framework;
    }

    List<RoleSummary> roles() {
        return roleList;
    }

    Optional<ApiViews.Role> role(String id) {
        return Optional.ofNullable(roles.get(id));
    }

    List<LevelSummary> levels() {
        return levelList;
    }

    Optional<LevelOfRole> level(String id) {
        return Optional.ofNullable(levels.get(id));
    }

    List<SkillSummary> skills() {
        return skillList;
    }

    Optional<ApiViews.Skill> skill(String id) {
        return Optional.ofNullable(skills.get(id));
    }

    List<Grade> grades() {
        return grades;
    }

    /** The id of a role named in the data; empty for a name from another snapshot. */
    Optional<String> roleIdOf(String name) {
        return Optional.ofNullable(roleIds.get(key(name)));
    }

    Optional<String> skillIdOf(String name) {
        return Optional.ofNullable(skillIds.get(key(name)));
    }

    private String roleId(String name) {
        return roleIdOf(name).orElseGet(() -> PublishedPages.slug(name));
    }

    private String skillId(String name) {
        return skillIdOf(name).orElseGet(() -> PublishedPages.slug(name));
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
