package uk.gov.ddat.capability.framework.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * A framework snapshot as flat facts, one per thing a change set can name: each role (its family),
 * role level (its track), grades of a level, skill, skill needed by a level (at which skill
 * level), and a digest of each description. Two snapshots differ exactly where their facts do.
 * The text form is small (descriptions are digests), so it can be kept in a database and compared
 * with a snapshot loaded elsewhere or later.
 */
public final class FrameworkFacts {

    /** The skill level of a skill listed for a role that has no levels. */
    static final String UNLEVELLED = "unlevelled";
    private static final Pattern TABS_AND_LINES = Pattern.compile("[\\t\\r\\n]+");

    /** A fact's identity: what kind of thing and which. */
    record Key(Change.Subject subject, List<String> path) implements Comparable<Key> {
        Key {
            path = List.copyOf(path);
        }

        String text() {
            return subject.name() + "\t" + String.join(Change.SEPARATOR, path);
        }

        @Override
        public int compareTo(Key other) {
            int bySubject = subject.compareTo(other.subject);
            return bySubject != 0 ? bySubject : text().compareTo(other.text());
        }
    }

    private final SortedMap<Key, String> facts;

    private FrameworkFacts(SortedMap<Key, String> facts) {
        this.facts = Collections.unmodifiableSortedMap(facts);
    }

    public static FrameworkFacts of(FrameworkModel model) {
        SortedMap<Key, String> facts = new TreeMap<>();
        for (Role role : model.roles()) {
            facts.put(key(Change.Subject.ROLE, role.name()), clean(role.family()));
            facts.put(key(Change.Subject.DESCRIPTION, "role", role.name()), digest(role.description(), role.youWill()));
            for (RoleLevel level : role.levels()) {
                facts.put(key(Change.Subject.ROLE_LEVEL, role.name(), level.name()),
                        level.track().name().toLowerCase(java.util.Locale.ROOT));
                facts.put(key(Change.Subject.GRADES, role.name(), level.name()), grades(level.grades()));
                facts.put(key(Change.Subject.DESCRIPTION, "level", role.name(), level.name()),
                        digest(level.summary(), level.youWill()));
                for (SkillRequirement requirement : level.skills()) {
                    facts.put(key(Change.Subject.SKILL_LEVEL, role.name(), level.name(), requirement.skill()),
                            requirement.level().label());
                    facts.put(key(Change.Subject.DESCRIPTION, "skill level", role.name(), level.name(),
                            requirement.skill()), digest("", requirement.youCan()));
                }
            }
            for (String skill : role.unlevelledSkills()) {
                facts.put(key(Change.Subject.SKILL_LEVEL, role.name(), skill), UNLEVELLED);
            }
        }
        for (Skill skill : model.skills()) {
            facts.put(key(Change.Subject.SKILL, skill.name()), "");
            List<String> text = new ArrayList<>();
            for (SkillLevel level : SkillLevel.values()) {
                text.add(level.name());
                text.addAll(skill.youCanAt(level));
            }
            facts.put(key(Change.Subject.DESCRIPTION, "skill", skill.name()),
                    digest(skill.description().orElse(""), text));
        }
        return new FrameworkFacts(facts);
    }

    /** Reads what {@link #text()} wrote. */
    public static FrameworkFacts parse(String text) {
        SortedMap<Key, String> facts = new TreeMap<>();
        for (String line : Objects.requireNonNull(text, "text").split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                throw new IllegalArgumentException("Not a framework fact: " + line);
            }
            facts.put(new Key(Change.Subject.valueOf(parts[0]), List.of(parts[1].split(Pattern.quote(Change.SEPARATOR)))),
                    parts[2]);
        }
        return new FrameworkFacts(facts);
    }

    /** One line per fact, in a fixed order: subject, path, value, tab-separated. */
    public String text() {
        return facts.entrySet().stream().map(e -> e.getKey().text() + "\t" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }

    public Fingerprint fingerprint() {
        return Fingerprint.of(text());
    }

    Map<Key, String> facts() {
        return facts;
    }

    public int size() {
        return facts.size();
    }

    private static Key key(Change.Subject subject, String... path) {
        return new Key(subject, java.util.Arrays.stream(path).map(FrameworkFacts::clean).toList());
    }

    private static String clean(String text) {
        return TABS_AND_LINES.matcher(text).replaceAll(" ").strip();
    }

    private static String grades(List<Grade> grades) {
        return grades.isEmpty() ? "none given" : grades.stream().map(Grade::code).collect(Collectors.joining(", "));
    }

    /** Descriptions are compared, not shown, so a digest is enough and keeps the facts small. */
    private static String digest(String prose, List<String> bullets) {
        return Fingerprint.sha256(prose + "\n" + String.join("\n", bullets)).substring(0, 16);
    }
}
