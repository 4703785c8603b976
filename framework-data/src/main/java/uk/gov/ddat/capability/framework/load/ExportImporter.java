package uk.gov.ddat.capability.framework.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Source;
import uk.gov.ddat.capability.framework.Track;

/**
 * Imports the framework's official CSV export ("Role content" roles.csv and, optionally, "Skill
 * description content" skills.csv). Copes with the export's quirks: multi-line quoted cells,
 * "MISSING" descriptions, Senior Civil Service roles whose levels are "NOT IN USE", levels listed
 * alphabetically rather than in progression order, stray white space and rows repeated word for
 * word. Anything else that is wrong fails the import with the file and line.
 */
public final class ExportImporter {

    static final String ROLE_FAMILY = "Role Family";
    static final String ROLE = "Role";
    static final String ROLE_DESCRIPTION = "Role Description";
    static final String ROLE_LEVEL = "Role Level";
    static final String ROLE_LEVEL_DESCRIPTION = "Role Level Description";
    static final String SKILL_NAME = "Skill Name";
    static final String SKILL_DESCRIPTION = "Skill Description";
    static final String SKILL_LEVEL = "Skill Level";
    static final String SKILL_LEVEL_DESCRIPTION = "Skill Level Description";
    static final String ROLE_TYPE = "Role Type";

    static final List<String> ROLE_COLUMNS = List.of(ROLE_FAMILY, ROLE, ROLE_DESCRIPTION, ROLE_LEVEL,
            ROLE_LEVEL_DESCRIPTION, SKILL_NAME, SKILL_DESCRIPTION, SKILL_LEVEL, SKILL_LEVEL_DESCRIPTION, ROLE_TYPE);
    /** skills.csv's "Roles that require Skill" column disagrees with roles.csv, so it is not read. */
    static final List<String> SKILL_COLUMNS = List.of(SKILL_NAME, SKILL_DESCRIPTION, "Awareness", "Working",
            "Practitioner", "Expert");

    private static final String NOT_IN_USE = "NOT IN USE";
    private static final String MISSING = "MISSING";
    private static final Logger log = LoggerFactory.getLogger(ExportImporter.class);

    /** What an import produced: the model and what the importer had to tidy up on the way. */
    public record Result(FrameworkModel model, int rowsRead, int repeatedRowsIgnored) {
    }

    public Result importFrom(ExportFiles files) {
        List<CsvTable.Row> rows = CsvTable.read(files.roles(), files.rolesName(), ROLE_COLUMNS);
        Map<String, SkillText> skillTexts = new LinkedHashMap<>();
        if (files.skills().isPresent()) {
            readSkills(files.skills().get(), files.skillsName(), skillTexts);
        }
        Problems problems = new Problems(files.rolesName());
        Map<String, FamilyDraft> families = new LinkedHashMap<>();
        int repeated = 0;
        for (CsvTable.Row row : rows) {
            if (!addRow(row, families, skillTexts, files.skills().isPresent(), problems)) {
                repeated++;
            }
        }
        if (rows.isEmpty()) {
            problems.inFile("no rows after the header");
        }
        problems.throwIfAny();
        if (repeated > 0) {
            log.info("{}: ignored {} rows that repeat an earlier row word for word", files.rolesName(), repeated);
        }
        Source source = new Source("Government Digital and Data Profession Capability Framework (official export)",
                PublishedPages.HOME, Optional.<LocalDate>empty(), Source.OGL_ATTRIBUTION);
        List<RoleFamily> built = families.values().stream().map(FamilyDraft::build).toList();
        List<Skill> skills = skillTexts.values().stream().map(SkillText::build).toList();
        return new Result(new FrameworkModel(source, built, skills), rows.size(), repeated);
    }

    private static void readSkills(byte[] bytes, String file, Map<String, SkillText> skills) {
        Problems problems = new Problems(file);
        for (CsvTable.Row row : CsvTable.read(bytes, file, SKILL_COLUMNS)) {
            String name = DescriptionText.normalise(row.get(SKILL_NAME));
            if (name.isEmpty()) {
                problems.atLine(row.line(), "the skill has no name");
                continue;
            }
            SkillText text = new SkillText(name);
            if (skills.putIfAbsent(key(name), text) != null) {
                problems.atLine(row.line(), "skill '" + name + "' is listed twice");
            }
            text.description = presentText(row.get(SKILL_DESCRIPTION));
            for (SkillLevel level : SkillLevel.values()) {
                List<String> bullets = DescriptionText.parse(row.get(level.title())).bullets();
                if (!bullets.isEmpty()) {
                    text.youCan.put(level, bullets);
                }
            }
        }
        problems.throwIfAny();
    }

    /** Adds one roles.csv row; false when it repeats an earlier row exactly and was ignored. */
    private static boolean addRow(CsvTable.Row row, Map<String, FamilyDraft> families, Map<String, SkillText> skills,
                                  boolean skillsFileGiven, Problems problems) {
        String familyName = required(row, ROLE_FAMILY, problems);
        String roleName = required(row, ROLE, problems);
        String skillName = required(row, SKILL_NAME, problems);
        String levelText = DescriptionText.normalise(row.get(SKILL_LEVEL));
        if (familyName.isEmpty() || roleName.isEmpty() || skillName.isEmpty()) {
            return true;
        }
        SkillText skill = skills.get(key(skillName));
        if (skill == null) {
            if (skillsFileGiven) {
                problems.atLine(row.line(), "skill '" + skillName + "' is not in skills.csv");
                return true;
            }
            skill = new SkillText(skillName);
            skills.put(key(skillName), skill);
        }
        skill.fillFrom(row);

        FamilyDraft family = families.computeIfAbsent(familyName, FamilyDraft::new);
        RoleDraft role = family.roles.computeIfAbsent(key(roleName), k -> new RoleDraft(roleName, familyName, row));
        if (NOT_IN_USE.equalsIgnoreCase(levelText)) {
            if (role.unlevelledSkills.contains(skill.name)) {
                return false;
            }
            role.unlevelledSkills.add(skill.name);
            return true;
        }
        Optional<SkillLevel> level = SkillLevel.parse(levelText);
        if (level.isEmpty()) {
            problems.atLine(row.line(), "unknown skill level '" + levelText
                    + "' (expected Awareness, Working, Practitioner, Expert or NOT IN USE)");
            return true;
        }
        String levelName = required(row, ROLE_LEVEL, problems);
        if (levelName.isEmpty()) {
            return true;
        }
        LevelDraft draft = role.levels.computeIfAbsent(key(levelName), k -> new LevelDraft(levelName, row));
        SkillRequirement requirement = new SkillRequirement(skill.name, level.get(),
                DescriptionText.parse(row.get(SKILL_LEVEL_DESCRIPTION)).bullets());
        SkillRequirement earlier = draft.skills.putIfAbsent(key(skill.name), requirement);
        if (earlier == null) {
            return true;
        }
        if (!earlier.equals(requirement)) {
            problems.atLine(row.line(), "role level '" + levelName + "' lists skill '" + skill.name
                    + "' twice with different contents (" + earlier.level().label() + " and "
                    + requirement.level().label() + ")");
            return true;
        }
        return false;
    }

    private static String required(CsvTable.Row row, String column, Problems problems) {
        String value = DescriptionText.normalise(row.get(column));
        if (value.isEmpty()) {
            problems.atLine(row.line(), "the '" + column + "' cell is empty");
        }
        return value;
    }

    /** The export writes "MISSING" where it has no description; both that and blank mean absent. */
    private static Optional<String> presentText(String raw) {
        String text = DescriptionText.parse(raw).prose();
        return text.isEmpty() || MISSING.equalsIgnoreCase(text) ? Optional.empty() : Optional.of(text);
    }

    private static String key(String name) {
        return DescriptionText.normalise(name).toLowerCase(Locale.ROOT);
    }

    private static final class SkillText {
        final String name;
        Optional<String> description = Optional.empty();
        final Map<SkillLevel, List<String>> youCan = new EnumMap<>(SkillLevel.class);

        SkillText(String name) {
            this.name = name;
        }

        /** roles.csv fills in what skills.csv (if any) left blank; it never overrides it. */
        void fillFrom(CsvTable.Row row) {
            if (description.isEmpty()) {
                description = presentText(row.get(SKILL_DESCRIPTION));
            }
            SkillLevel.parse(row.get(SKILL_LEVEL)).ifPresent(level -> {
                List<String> bullets = DescriptionText.parse(row.get(SKILL_LEVEL_DESCRIPTION)).bullets();
                if (!bullets.isEmpty()) {
                    youCan.putIfAbsent(level, bullets);
                }
            });
        }

        Skill build() {
            return new Skill(name, description, youCan);
        }
    }

    private static final class FamilyDraft {
        final String name;
        final Map<String, RoleDraft> roles = new LinkedHashMap<>();

        FamilyDraft(String name) {
            this.name = name;
        }

        RoleFamily build() {
            return new RoleFamily(name, roles.values().stream().map(RoleDraft::build).toList());
        }
    }

    private static final class RoleDraft {
        final String name;
        final String family;
        final DescriptionText description;
        final Optional<String> roleType;
        final Map<String, LevelDraft> levels = new LinkedHashMap<>();
        final List<String> unlevelledSkills = new ArrayList<>();

        RoleDraft(String name, String family, CsvTable.Row firstRow) {
            this.name = name;
            this.family = family;
            this.description = DescriptionText.parse(firstRow.get(ROLE_DESCRIPTION));
            String type = DescriptionText.normalise(firstRow.get(ROLE_TYPE));
            this.roleType = type.isEmpty() ? Optional.empty() : Optional.of(type);
        }

        Role build() {
            List<RoleLevel> ordered = new ArrayList<>();
            for (Track track : Track.values()) {
                List<LevelDraft> ofTrack = levels.values().stream()
                        .filter(l -> LevelOrder.trackOf(l.name) == track).toList();
                List<LevelDraft> sorted = LevelOrder.sort(ofTrack, name, l -> l.name, LevelDraft::meanSkillLevel);
                for (int i = 0; i < sorted.size(); i++) {
                    ordered.add(sorted.get(i).build(track, i + 1));
                }
            }
            return new Role(name, family, description.prose(), description.bullets(), ordered, unlevelledSkills,
                    roleType, PublishedPages.roleUrl(name));
        }
    }

    private static final class LevelDraft {
        final String name;
        final DescriptionText description;
        final Map<String, SkillRequirement> skills = new LinkedHashMap<>();

        LevelDraft(String name, CsvTable.Row firstRow) {
            this.name = name;
            this.description = DescriptionText.parse(firstRow.get(ROLE_LEVEL_DESCRIPTION));
        }

        double meanSkillLevel() {
            return skills.values().stream().mapToInt(s -> s.level().rank()).average().orElse(0);
        }

        RoleLevel build(Track track, int position) {
            // Skills come in the published page's order: alphabetical.
            List<SkillRequirement> sorted = skills.values().stream()
                    .sorted((a, b) -> a.skill().compareToIgnoreCase(b.skill())).toList();
            return new RoleLevel(name, track, position, description.prose(), description.bullets(), List.of(), sorted);
        }
    }
}
