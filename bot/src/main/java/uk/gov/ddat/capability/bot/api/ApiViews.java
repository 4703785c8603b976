package uk.gov.ddat.capability.bot.api;

import java.util.List;

/**
 * What the JSON API returns, one record per schema of {@code api/openapi.yaml} (same names).
 * Ids are stable slugs of the names; a text the data does not have is {@code null}, never made up.
 */
public final class ApiViews {

    private ApiViews() {
    }

    public record Framework(long version, String contentHash, String dataDate, SourceView source, Counts counts) {
    }

    public record SourceView(String title, String url, String licence) {
    }

    public record Counts(int families, int roles, int levels, int skills, int requirements) {
    }

    public record Page<T>(List<T> items, int page, int size, int total) {

        /** Page {@code page} (from 1) of {@code size} items; past the end is an empty page. */
        static <T> Page<T> of(List<T> all, int page, int size) {
            long from = Math.min((long) (page - 1) * size, all.size());
            int to = (int) Math.min(from + size, all.size());
            return new Page<>(all.subList((int) from, to), page, size, all.size());
        }
    }

    public record RoleSummary(String id, String name, String family, String url, int levels) {
    }

    public record Role(String id, String name, String family, String description, List<String> youWill,
                       String roleType, String url, List<Level> levels, List<SkillRef> unlevelledSkills) {
    }

    public record Level(String id, String name, String track, int position, String summary, List<String> youWill,
                        List<String> grades, List<LevelSkill> skills) {
    }

    public record LevelSkill(String id, String name, String level, int rank, List<String> youCan) {
    }

    public record LevelSummary(String id, String name, String role, String roleName, String track, int position,
                               List<String> grades) {
    }

    public record SkillSummary(String id, String name, boolean described) {
    }

    public record Skill(String id, String name, String description, String url, List<SkillLevel> levels,
                        List<RoleRef> roles) {
    }

    public record SkillLevel(String level, int rank, String scale, List<String> youCan) {
    }

    public record Grade(String code, String name, String label, List<LevelRef> levels) {
    }

    public record LevelRef(String id, String name, String role) {
    }

    public record RoleRef(String id, String name) {
    }

    public record SkillRef(String id, String name) {
    }

    public record SearchResults(String query, List<SearchItem> items) {
    }

    public record SearchItem(String kind, String id, String name, double score) {
    }

    public record Comparison(LevelRef from, LevelRef to, List<ComparedSkill> gain, List<ComparedSkill> shared,
                             List<ComparedSkill> fallAway) {
    }

    /** A skill in a comparison: the level the first role level needs ({@code null}: none) and the target's. */
    public record ComparedSkill(String id, String name, String from, String to) {
    }
}
