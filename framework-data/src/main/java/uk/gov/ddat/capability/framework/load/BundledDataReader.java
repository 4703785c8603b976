package uk.gov.ddat.capability.framework.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Source;
import uk.gov.ddat.capability.framework.Track;

/**
 * Reads the bundled, hand-edited YAML framework data (see
 * {@code framework-data/src/main/resources/framework/}) and validates it as a whole: a file with
 * any problem is refused, and every problem is reported with its YAML path.
 */
public final class BundledDataReader {

    /** The data shipped inside the jar. */
    public static final String BUNDLED_RESOURCE = "/framework/infrastructure-operations-engineer.yml";

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Reads the data shipped in the jar. */
    public FrameworkModel readBundled() {
        try (InputStream in = BundledDataReader.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new FrameworkDataException(List.of(BUNDLED_RESOURCE + ": not found on the class path"));
            }
            return read(in.readAllBytes(), "classpath:" + BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FrameworkModel read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new FrameworkDataException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Parses and validates YAML bytes; {@code file} names them in problem messages. */
    public FrameworkModel read(byte[] yaml, String file) {
        String text = Utf8Text.decode(yaml, file);
        Document document;
        try {
            document = mapper.readValue(text, Document.class);
        } catch (JacksonException e) {
            var location = e.getLocation();
            String where = location == null ? file : file + ", line " + location.getLineNr();
            throw new FrameworkDataException(where + ": " + problem(e), e);
        }
        if (document == null) {
            throw new FrameworkDataException(List.of(file + ": the file is empty"));
        }
        return new Builder(file).build(document);
    }

    /**
     * The parser's complaint without the file's own text: its messages quote what they found, and
     * a wrong FRAMEWORK_DATA_FILE (a password file, a key) must not end up in a log or on the
     * health endpoint. The first line is kept, with anything quoted in it left out.
     */
    private static String problem(JacksonException e) {
        // A misspelt key inside the framework's own structure is named: that is the edit to fix.
        if (e instanceof UnrecognizedPropertyException unknown && unknown.getPath().size() > 1
                && unknown.getPropertyName() != null && unknown.getPropertyName().matches("[A-Za-z0-9_ -]{1,40}")) {
            return "unknown key '" + unknown.getPropertyName() + "'";
        }
        return withoutContent(e.getOriginalMessage());
    }

    static String withoutContent(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        String kept = first.replaceAll("\"[^\"]*\"|'[^']*'|\\([^)]*\\)|`[^`]*`", "…")
                .replaceAll("(?i)(from|value|token|string|character)\\s+[^\\s,;:]+", "$1 …");
        kept = kept.length() > 160 ? kept.substring(0, 160) + "…" : kept;
        return kept + " (is this the framework YAML file?)";
    }

    // The YAML's shape. Records bind directly; unknown keys are refused so typos do not vanish.
    record Document(SourceEntry source, List<FamilyEntry> families, List<SkillEntry> skills) {
    }

    record SourceEntry(String title, String url, String lastUpdated, String licence) {
    }

    record FamilyEntry(String name, List<RoleEntry> roles) {
    }

    record RoleEntry(String name, String url, String description, List<String> youWill, List<LevelEntry> levels) {
    }

    record LevelEntry(String name, String summary, List<String> youWill, List<String> grades,
                      LinkedHashMap<String, String> skills) {
    }

    record SkillEntry(String name, String description, LinkedHashMap<String, List<String>> youCan) {
    }

    /** Turns the YAML shape into the model, collecting problems with their paths. */
    private static final class Builder {

        private final Problems problems;
        private final Map<String, String> skillNames = new LinkedHashMap<>();

        Builder(String file) {
            this.problems = new Problems(file);
        }

        FrameworkModel build(Document document) {
            Source source = source(document.source());
            List<Skill> skills = skills(document.skills());
            List<RoleFamily> families = new ArrayList<>();
            List<FamilyEntry> familyEntries = orEmpty(document.families());
            if (familyEntries.isEmpty()) {
                problems.atPath("families", "no role families; the data needs at least one role");
            }
            for (int f = 0; f < familyEntries.size(); f++) {
                families.add(family(familyEntries.get(f), "families[" + f + "]"));
            }
            problems.throwIfAny();
            return new FrameworkModel(source, families, skills);
        }

        private Source source(SourceEntry entry) {
            if (entry == null) {
                problems.atPath("source", "missing; say where the data comes from and its licence");
                return null;
            }
            Optional<LocalDate> date = Optional.empty();
            if (entry.lastUpdated() != null) {
                try {
                    date = Optional.of(LocalDate.parse(entry.lastUpdated().trim()));
                } catch (DateTimeParseException e) {
                    problems.atPath("source.lastUpdated", "'" + entry.lastUpdated() + "' is not a date like 2024-08-30");
                }
            }
            return new Source(required(entry.title(), "source.title"), required(entry.url(), "source.url"),
                    date, required(entry.licence(), "source.licence"));
        }

        private List<Skill> skills(List<SkillEntry> entries) {
            List<Skill> skills = new ArrayList<>();
            List<SkillEntry> list = orEmpty(entries);
            for (int i = 0; i < list.size(); i++) {
                SkillEntry entry = list.get(i);
                String path = "skills[" + i + "]";
                String name = required(entry.name(), path + ".name");
                if (name.isEmpty()) {
                    continue;
                }
                if (skillNames.putIfAbsent(key(name), name) != null) {
                    problems.atPath(path, "duplicate skill '" + name + "'");
                }
                Map<SkillLevel, List<String>> youCan = new EnumMap<>(SkillLevel.class);
                if (entry.youCan() != null) {
                    entry.youCan().forEach((level, bullets) -> skillLevel(level, path + ".youCan")
                            .ifPresent(l -> youCan.put(l, clean(bullets))));
                }
                String description = DescriptionText.normalise(entry.description());
                skills.add(new Skill(name, description.isEmpty() ? Optional.empty() : Optional.of(description), youCan));
            }
            return skills;
        }

        private RoleFamily family(FamilyEntry entry, String path) {
            String name = required(entry.name(), path + ".name");
            List<Role> roles = new ArrayList<>();
            List<RoleEntry> list = orEmpty(entry.roles());
            if (list.isEmpty()) {
                problems.atPath(path + ".roles", "family '" + name + "' has no roles");
            }
            for (int r = 0; r < list.size(); r++) {
                roles.add(role(list.get(r), name, path + ".roles[" + r + "]"));
            }
            return new RoleFamily(name, roles);
        }

        private Role role(RoleEntry entry, String family, String path) {
            String name = required(entry.name(), path + ".name");
            List<LevelEntry> list = orEmpty(entry.levels());
            if (list.isEmpty()) {
                problems.atPath(path + ".levels", "role '" + name + "' has no levels");
            }
            Set<String> seen = new HashSet<>();
            Map<Track, Integer> positions = new EnumMap<>(Track.class);
            List<RoleLevel> levels = new ArrayList<>();
            for (int l = 0; l < list.size(); l++) {
                LevelEntry level = list.get(l);
                String levelPath = path + ".levels[" + l + "]";
                String levelName = required(level.name(), levelPath + ".name");
                if (!seen.add(key(levelName))) {
                    problems.atPath(levelPath, "duplicate role level '" + levelName + "' in role '" + name + "'");
                }
                Track track = LevelOrder.trackOf(levelName);
                int position = positions.merge(track, 1, Integer::sum);
                levels.add(new RoleLevel(levelName, track, position, DescriptionText.normalise(level.summary()),
                        clean(level.youWill()), grades(level.grades(), levelPath + ".grades"),
                        requirements(level, levelName, levelPath)));
            }
            String url = entry.url() == null ? PublishedPages.roleUrl(name) : entry.url().trim();
            return new Role(name, family, DescriptionText.normalise(entry.description()), clean(entry.youWill()),
                    levels, List.of(), Optional.empty(), url);
        }

        private List<SkillRequirement> requirements(LevelEntry level, String levelName, String path) {
            List<SkillRequirement> requirements = new ArrayList<>();
            if (level.skills() == null || level.skills().isEmpty()) {
                problems.atPath(path + ".skills", "role level '" + levelName + "' has no skills");
                return requirements;
            }
            level.skills().forEach((skill, skillLevel) -> {
                String cellPath = path + ".skills[\"" + skill + "\"]";
                String known = skillNames.get(key(skill));
                if (known == null) {
                    problems.atPath(cellPath, "'" + skill + "' is not a known skill; add it under skills: or fix the name");
                }
                skillLevel(skillLevel, cellPath).ifPresent(l ->
                        requirements.add(new SkillRequirement(known == null ? skill.trim() : known, l, List.of())));
            });
            return requirements;
        }

        private List<Grade> grades(List<String> codes, String path) {
            List<Grade> grades = new ArrayList<>();
            for (String code : orEmpty(codes)) {
                Grade.parse(code).ifPresentOrElse(grades::add, () -> problems.atPath(path,
                        "unknown grade '" + code + "' (use AA, AO, EO, HEO, SEO, G7, G6 or SCS)"));
            }
            return grades;
        }

        private Optional<SkillLevel> skillLevel(String text, String path) {
            Optional<SkillLevel> level = SkillLevel.parse(text);
            if (level.isEmpty()) {
                problems.atPath(path, "unknown skill level '" + text
                        + "' (use awareness, working, practitioner or expert)");
            }
            return level;
        }

        private String required(String value, String path) {
            String text = DescriptionText.normalise(value);
            if (text.isEmpty()) {
                problems.atPath(path, "missing or empty");
            }
            return text;
        }

        private static List<String> clean(List<String> lines) {
            return orEmpty(lines).stream().map(DescriptionText::normalise).filter(s -> !s.isEmpty()).toList();
        }

        private static <T> List<T> orEmpty(List<T> list) {
            return list == null ? List.of() : list;
        }

        private static String key(String name) {
            return DescriptionText.normalise(name).toLowerCase(Locale.ROOT);
        }
    }
}
