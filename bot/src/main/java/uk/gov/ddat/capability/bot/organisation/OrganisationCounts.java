package uk.gov.ddat.capability.bot.organisation;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.ddat.capability.bot.profile.SelfLevel;

/**
 * How people rate themselves, counted for the framework's owners: per role level and per skill,
 * how many said each level in their latest self-assessment. A group (a role level, or one skill
 * of it) of fewer than {@code minimumGroup} people is left out whole, so no count can point at a
 * person; no id leaves the database.
 */
public class OrganisationCounts {

    /** One role level with at least the minimum number of people, and its skills that have too. */
    public record Level(String role, String level, int people, List<Skill> skills) {
    }

    /** One skill of a level: how many rated it at each self level (code: not_yet ... expert). */
    public record Skill(String skill, int people, Map<String, Integer> ratings) {
    }

    /** What is shown, and how many groups were too small to show. */
    public record Counts(int minimumGroup, List<Level> levels, int groupsLeftOut) {
    }

    /** Each person's latest assessment (the same rule as the team view). */
    private static final String LATEST = " FROM self_assessment a WHERE NOT EXISTS (SELECT 1 FROM self_assessment b"
            + " WHERE b.platform = a.platform AND b.workspace_id = a.workspace_id AND b.user_id = a.user_id"
            + " AND (b.assessed_at > a.assessed_at OR b.assessed_at = a.assessed_at AND b.id > a.id))";

    private static final Comparator<List<String>> BY_ROLE_THEN_LEVEL = Comparator
            .<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1));

    private final JdbcClient jdbc;
    private final int minimumGroup;

    public OrganisationCounts(JdbcClient jdbc, int minimumGroup) {
        if (minimumGroup < 2) {
            throw new IllegalArgumentException("organisation-view.minimum-group must be at least 2");
        }
        this.jdbc = jdbc;
        this.minimumGroup = minimumGroup;
    }

    public Counts counts() {
        Map<List<String>, Integer> people = new TreeMap<>(BY_ROLE_THEN_LEVEL);
        jdbc.sql("SELECT a.role_name, a.level_name, COUNT(*)" + LATEST + " GROUP BY a.role_name, a.level_name")
                .query((ResultSet rs) -> {
                    people.put(List.of(rs.getString(1), rs.getString(2)), rs.getInt(3));
                });
        Map<List<String>, Map<String, Map<String, Integer>>> ratings = new LinkedHashMap<>();
        jdbc.sql("SELECT a.role_name, a.level_name, r.skill_name, r.self_level, COUNT(*)" + LATEST.replace(
                        " FROM self_assessment a", " FROM self_assessment a JOIN self_assessment_rating r"
                                + " ON r.assessment_id = a.id")
                        + " GROUP BY a.role_name, a.level_name, r.skill_name, r.self_level"
                        + " ORDER BY a.role_name, a.level_name, r.skill_name")
                .query((ResultSet rs) -> {
                    ratings.computeIfAbsent(List.of(rs.getString(1), rs.getString(2)), k -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(3), k -> zeroes())
                            .merge(rs.getString(4), rs.getInt(5), Integer::sum);
                });
        List<Level> levels = new ArrayList<>();
        int leftOut = 0;
        for (Map.Entry<List<String>, Integer> level : people.entrySet()) {
            if (level.getValue() < minimumGroup) {
                leftOut++;
                continue;
            }
            List<Skill> skills = new ArrayList<>();
            for (Map.Entry<String, Map<String, Integer>> skill : ratings.getOrDefault(level.getKey(), Map.of())
                    .entrySet()) {
                int rated = skill.getValue().values().stream().mapToInt(Integer::intValue).sum();
                if (rated < minimumGroup) {
                    leftOut++;
                } else {
                    skills.add(new Skill(skill.getKey(), rated, skill.getValue()));
                }
            }
            levels.add(new Level(level.getKey().get(0), level.getKey().get(1), level.getValue(), skills));
        }
        return new Counts(minimumGroup, levels, leftOut);
    }

    /** Every self level, in the scale's order, starting at 0. */
    private static Map<String, Integer> zeroes() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SelfLevel level : SelfLevel.values()) {
            counts.put(level.code(), 0);
        }
        return counts;
    }
}
