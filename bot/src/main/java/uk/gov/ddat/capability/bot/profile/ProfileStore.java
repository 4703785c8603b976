package uk.gov.ddat.capability.bot.profile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.Platform;

/**
 * Personal data, in the bot's database: each person's profile (role level, target) and their
 * self-assessments, each kept with its date. Works across instances sharing the database.
 */
public class ProfileStore {

    /** What "forget me" deleted, to tell the person. */
    public record Forgotten(int profiles, int assessments) {
        public int total() {
            return profiles + assessments;
        }
    }

    private record Workspace(Platform platform, String id) {
    }

    /** An assessment as read, before its ratings are added. */
    private record AssessmentRow(long id, Assessment withoutRatings) {
    }

    private static final String PERSON = "platform = ? AND workspace_id = ? AND user_id = ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ProfileStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public Optional<Profile> profile(PersonKey person) {
        return jdbc.sql("SELECT * FROM person_profile WHERE " + PERSON)
                .params(person.platform().storedAs(), person.workspace(), person.userId())
                .query(ProfileStore::profile).optional();
    }

    /** Creates or replaces the person's profile. */
    public void saveProfile(Profile profile) {
        PersonKey person = profile.person();
        // Update first, insert if there was nothing; an insert losing a race with another
        // instance's finds the row there and updates it (no transaction: PostgreSQL would abort it).
        for (int attempt = 1; ; attempt++) {
            int updated = jdbc.sql("UPDATE person_profile SET role_name = ?, level_name = ?, target_level_name = ?, "
                            + "updated_at = ? WHERE " + PERSON)
                    .params(profile.role(), profile.level(), profile.targetLevel().orElse(null),
                            Timestamp.from(profile.updatedAt()), person.platform().storedAs(), person.workspace(),
                            person.userId())
                    .update();
            if (updated > 0) {
                return;
            }
            try {
                jdbc.sql("INSERT INTO person_profile (platform, workspace_id, user_id, role_name, level_name, "
                                + "target_level_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(person.platform().storedAs(), person.workspace(), person.userId(), profile.role(),
                                profile.level(), profile.targetLevel().orElse(null), Timestamp.from(profile.updatedAt()))
                        .update();
                return;
            } catch (DuplicateKeyException raced) {
                // Only a "forget me" deleting the row in between could make this go round again.
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    /**
     * Keeps a new assessment (earlier ones stay, until the retention period removes them), only for
     * someone with a profile; false, and nothing kept, for anyone else (they said "forget me").
     */
    public boolean saveAssessment(Assessment assessment) {
        PersonKey person = assessment.person();
        return Boolean.TRUE.equals(transactions.execute(status -> {
            // The profile stays locked until the assessment is in: a "forget me" at the same moment
            // either goes first (leaving no profile, so nothing is added) or waits and deletes this too.
            if (jdbc.sql("SELECT 1 FROM person_profile WHERE " + PERSON + " FOR UPDATE")
                    .params(person.platform().storedAs(), person.workspace(), person.userId())
                    .query(Integer.class).optional().isEmpty()) {
                return false;
            }
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("INSERT INTO self_assessment (platform, workspace_id, user_id, role_name, level_name, assessed_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")
                    .params(person.platform().storedAs(), person.workspace(), person.userId(), assessment.role(),
                            assessment.level(), Timestamp.from(assessment.assessedAt()))
                    .update(key, "id");
            long id = key.getKeyAs(Number.class).longValue();
            int position = 0;
            for (Map.Entry<String, SelfLevel> rating : assessment.ratings().entrySet()) {
                jdbc.sql("INSERT INTO self_assessment_rating (assessment_id, position, skill_name, self_level) "
                                + "VALUES (?, ?, ?, ?)")
                        .params(id, position++, rating.getKey(), rating.getValue().code())
                        .update();
            }
            return true;
        }));
    }

    /** The person's latest {@code count} assessments, newest first. */
    public List<Assessment> latestAssessments(PersonKey person, int count) {
        if (count <= 0) {
            return List.of();
        }
        List<AssessmentRow> rows = jdbc.sql("SELECT * FROM self_assessment WHERE " + PERSON
                        + " ORDER BY assessed_at DESC, id DESC LIMIT ?")
                .params(person.platform().storedAs(), person.workspace(), person.userId(), count)
                .query((rs, row) -> new AssessmentRow(rs.getLong("id"), new Assessment(person,
                        rs.getString("role_name"), rs.getString("level_name"),
                        rs.getTimestamp("assessed_at").toInstant(), Map.of())))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, SelfLevel>> ratings = new HashMap<>();
        List<Object> ids = rows.stream().<Object>map(AssessmentRow::id).toList();
        jdbc.sql("SELECT assessment_id, skill_name, self_level FROM self_assessment_rating WHERE assessment_id IN ("
                        + String.join(",", Collections.nCopies(ids.size(), "?")) + ") ORDER BY assessment_id, position")
                .params(ids)
                .query((ResultSet rs) -> {
                    ratings.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                            .put(rs.getString(2), selfLevel(rs.getString(3)));
                });
        List<Assessment> assessments = new ArrayList<>(rows.size());
        for (AssessmentRow row : rows) {
            Assessment read = row.withoutRatings();
            assessments.add(new Assessment(person, read.role(), read.level(), read.assessedAt(),
                    ratings.getOrDefault(row.id(), Map.of())));
        }
        return assessments;
    }

    /** Deletes everything stored about the person (their ratings go with their assessments); says how much. */
    public Forgotten forget(PersonKey person) {
        return transactions.execute(status -> {
            Object[] key = {person.platform().storedAs(), person.workspace(), person.userId()};
            int profiles = jdbc.sql("DELETE FROM person_profile WHERE " + PERSON).params(key).update();
            int assessments = jdbc.sql("DELETE FROM self_assessment WHERE " + PERSON).params(key).update();
            return new Forgotten(profiles, assessments);
        });
    }

    /**
     * The app was removed from a workspace: its personal data goes after the grace period, unless
     * it comes back. Removed again before it came back, the grace period still runs from the first time.
     */
    public void workspaceRemoved(Platform platform, String workspace, Instant at) {
        try {
            jdbc.sql("INSERT INTO removed_workspace (platform, workspace_id, removed_at) VALUES (?, ?, ?)")
                    .params(platform.storedAs(), workspace(workspace), Timestamp.from(at)).update();
        } catch (DuplicateKeyException alreadyRemoved) {
            // Kept from the first removal (an uninstall event delivered twice, or seen by two instances).
        }
    }

    /** The app is installed (again) in a workspace: nothing there is to be deleted. */
    public void workspaceBack(Platform platform, String workspace) {
        jdbc.sql("DELETE FROM removed_workspace WHERE platform = ? AND workspace_id = ?")
                .params(platform.storedAs(), workspace(workspace)).update();
    }

    /**
     * Deletes the personal data of workspaces removed before {@code removedBefore}, then their
     * removal record; how many rows (profiles and assessments).
     */
    public int purgeRemovedWorkspaces(Instant removedBefore) {
        Timestamp cutoff = Timestamp.from(removedBefore);
        List<Workspace> due = jdbc.sql("SELECT platform, workspace_id FROM removed_workspace WHERE removed_at < ?")
                .param(cutoff)
                .query((rs, row) -> new Workspace(Platform.fromStored(rs.getString(1)), rs.getString(2)))
                .list();
        int deleted = 0;
        for (Workspace workspace : due) {
            deleted += transactions.execute(status -> purge(workspace, cutoff));
        }
        return deleted;
    }

    private int purge(Workspace workspace, Timestamp cutoff) {
        // The removal record goes first, as a claim: if the workspace came back meanwhile, or
        // another instance purges it, there is no record left and nothing is deleted here.
        String platform = workspace.platform().storedAs();
        if (jdbc.sql("DELETE FROM removed_workspace WHERE platform = ? AND workspace_id = ? AND removed_at < ?")
                .params(platform, workspace.id(), cutoff).update() == 0) {
            return 0;
        }
        // A Slack organisation ("E123:", an organisation-wide install) covers its workspaces ("E123:T456").
        boolean organisation = workspace.platform() == Platform.SLACK && workspace.id().endsWith(":");
        String match = organisation ? "workspace_id LIKE ? ESCAPE '!'" : "workspace_id = ?";
        String value = organisation ? workspace.id().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
                : workspace.id();
        return jdbc.sql("DELETE FROM person_profile WHERE platform = ? AND " + match)
                .params(platform, value).update()
                + jdbc.sql("DELETE FROM self_assessment WHERE platform = ? AND " + match)
                .params(platform, value).update();
    }

    /**
     * A person removed the app from their own (personal) scope: their personal data goes after the
     * grace period, unless they install it again. Removed again before that, the first time counts.
     */
    public void personRemoved(PersonKey person, Instant at) {
        try {
            jdbc.sql("INSERT INTO removed_person (platform, workspace_id, user_id, removed_at) VALUES (?, ?, ?, ?)")
                    .params(person.platform().storedAs(), person.workspace(), person.userId(), Timestamp.from(at))
                    .update();
        } catch (DuplicateKeyException alreadyRemoved) {
            // Kept from the first removal (the activity delivered twice, or seen by two instances).
        }
    }

    /** The person installed the app again: nothing of theirs is to be deleted. */
    public void personBack(PersonKey person) {
        jdbc.sql("DELETE FROM removed_person WHERE " + PERSON)
                .params(person.platform().storedAs(), person.workspace(), person.userId()).update();
    }

    /** Deletes the personal data of people who removed the app before {@code removedBefore}; how many rows. */
    public int purgeRemovedPeople(Instant removedBefore) {
        Timestamp cutoff = Timestamp.from(removedBefore);
        List<PersonKey> due = jdbc.sql("SELECT platform, workspace_id, user_id FROM removed_person WHERE removed_at < ?")
                .param(cutoff)
                .query((rs, row) -> new PersonKey(Platform.fromStored(rs.getString(1)), rs.getString(2),
                        rs.getString(3)))
                .list();
        int deleted = 0;
        for (PersonKey person : due) {
            deleted += transactions.execute(status -> {
                // The removal record goes first, as a claim: if they came back meanwhile, or another
                // instance purges them, nothing is deleted here.
                Object[] key = {person.platform().storedAs(), person.workspace(), person.userId()};
                if (jdbc.sql("DELETE FROM removed_person WHERE " + PERSON + " AND removed_at < ?")
                        .params(key[0], key[1], key[2], cutoff).update() == 0) {
                    return 0;
                }
                return forget(person).total();
            });
        }
        return deleted;
    }

    /** Deletes assessments made before {@code before} (the retention period); how many. */
    public int deleteAssessmentsBefore(Instant before) {
        return jdbc.sql("DELETE FROM self_assessment WHERE assessed_at < ?").param(Timestamp.from(before)).update();
    }

    private static Profile profile(ResultSet rs, int row) throws SQLException {
        return new Profile(
                new PersonKey(Platform.fromStored(rs.getString("platform")), rs.getString("workspace_id"),
                        rs.getString("user_id")),
                rs.getString("role_name"), rs.getString("level_name"),
                Optional.ofNullable(rs.getString("target_level_name")), rs.getTimestamp("updated_at").toInstant());
    }

    private static SelfLevel selfLevel(String code) {
        return SelfLevel.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown self level in the database: " + code));
    }

    /** As {@link PersonKey} keeps it: no workspace is "". */
    private static String workspace(String workspace) {
        return workspace == null ? "" : workspace;
    }
}
