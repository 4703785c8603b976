package uk.gov.ddat.capability.bot.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.SelfLevel;

/**
 * Who shares their role level and latest self-assessment with whom (V17). A share names the
 * viewer by user id within the sharer's own workspace and platform, so it can never reach into
 * another workspace; the team view reads profiles only through the shares its viewer holds.
 */
public class ShareStore {

    /** One person the sharer shares with. */
    public record Share(String viewerId, String viewerName, Instant sharedAt) {
    }

    /**
     * Someone who shares with the viewer: the name they had when they shared, their profile (empty
     * if they never gave their role level, or deleted it) and their latest assessment.
     */
    public record Member(String name, Optional<Profile> profile, Optional<Assessment> latest) {
    }

    /** Names are shown, never used to find anyone: cut to what the column holds. */
    static final int LONGEST_NAME = 200;
    private static final String SHARER = "platform = ? AND workspace_id = ? AND sharer_id = ?";

    private final JdbcClient jdbc;

    public ShareStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Shares the sharer's data with {@code viewerId} (their name refreshed if already shared); true if new. */
    public boolean share(PersonKey sharer, String sharerName, String viewerId, String viewerName, Instant at) {
        Object[] names = {name(sharerName), name(viewerName)};
        for (int attempt = 1; ; attempt++) {
            if (jdbc.sql("UPDATE person_share SET sharer_name = ?, viewer_name = ? WHERE " + SHARER + " AND viewer_id = ?")
                    .params(names[0], names[1], sharer.platform().storedAs(), sharer.workspace(), sharer.userId(),
                            viewerId).update() > 0) {
                return false;
            }
            try {
                jdbc.sql("INSERT INTO person_share (platform, workspace_id, sharer_id, viewer_id, sharer_name, "
                                + "viewer_name, shared_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .params(sharer.platform().storedAs(), sharer.workspace(), sharer.userId(), viewerId, names[0],
                                names[1], Timestamp.from(at)).update();
                return true;
            } catch (DuplicateKeyException raced) {
                // The same share made at once from another instance: the update finds it next time.
                if (attempt == 2) {
                    throw raced;
                }
            }
        }
    }

    /** Who the sharer shares with, in the order they shared. */
    public List<Share> sharedBy(PersonKey sharer) {
        return jdbc.sql("SELECT viewer_id, viewer_name, shared_at FROM person_share WHERE " + SHARER
                        + " ORDER BY shared_at, viewer_id")
                .params(sharer.platform().storedAs(), sharer.workspace(), sharer.userId())
                .query((rs, row) -> new Share(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** Ends a share at once; the viewer's next team view no longer has the sharer. True if there was one. */
    public boolean unshare(PersonKey sharer, String viewerId) {
        return jdbc.sql("DELETE FROM person_share WHERE " + SHARER + " AND viewer_id = ?")
                .params(sharer.platform().storedAs(), sharer.workspace(), sharer.userId(), viewerId).update() > 0;
    }

    /**
     * Everyone who shares with {@code viewer}, by name, each with their profile and latest
     * assessment. One query, driven by the viewer's shares: no profile is read by any other key.
     */
    public List<Member> team(PersonKey viewer) {
        Map<String, MemberRows> members = new LinkedHashMap<>();
        jdbc.sql("SELECT s.sharer_id, s.sharer_name, p.role_name, p.level_name, p.target_level_name, p.updated_at,"
                        + " a.id AS assessment_id, a.role_name AS assessed_role, a.level_name AS assessed_level,"
                        + " a.assessed_at, r.skill_name, r.self_level"
                        + " FROM person_share s"
                        + " LEFT JOIN person_profile p ON p.platform = s.platform AND p.workspace_id = s.workspace_id"
                        + " AND p.user_id = s.sharer_id"
                        + " LEFT JOIN self_assessment a ON a.platform = s.platform AND a.workspace_id = s.workspace_id"
                        + " AND a.user_id = s.sharer_id AND NOT EXISTS (SELECT 1 FROM self_assessment b"
                        + " WHERE b.platform = a.platform AND b.workspace_id = a.workspace_id AND b.user_id = a.user_id"
                        + " AND (b.assessed_at > a.assessed_at OR b.assessed_at = a.assessed_at AND b.id > a.id))"
                        + " LEFT JOIN self_assessment_rating r ON r.assessment_id = a.id"
                        + " WHERE s.platform = ? AND s.workspace_id = ? AND s.viewer_id = ?"
                        + " ORDER BY LOWER(s.sharer_name), s.sharer_id, r.position")
                .params(viewer.platform().storedAs(), viewer.workspace(), viewer.userId())
                .query((ResultSet rs) -> {
                    String sharer = rs.getString("sharer_id");
                    MemberRows member = members.get(sharer);
                    if (member == null) {
                        member = MemberRows.first(rs, new PersonKey(viewer.platform(), viewer.workspace(), sharer));
                        members.put(sharer, member);
                    }
                    String skill = rs.getString("skill_name");
                    if (skill != null) {
                        member.ratings.put(skill, SelfLevel.fromCode(rs.getString("self_level")).orElse(SelfLevel.NOT_YET));
                    }
                });
        return members.values().stream().map(MemberRows::member).toList();
    }

    /** A member as their rows come in: the first row gives all but the ratings. */
    private record MemberRows(String name, Optional<Profile> profile, Optional<Assessment> withoutRatings,
                              Map<String, SelfLevel> ratings) {

        static MemberRows first(ResultSet rs, PersonKey person) throws SQLException {
            Optional<Profile> profile = rs.getString("role_name") == null ? Optional.empty()
                    : Optional.of(new Profile(person, rs.getString("role_name"), rs.getString("level_name"),
                    Optional.ofNullable(rs.getString("target_level_name")), rs.getTimestamp("updated_at").toInstant()));
            rs.getLong("assessment_id");
            Optional<Assessment> assessment = rs.wasNull() ? Optional.empty()
                    : Optional.of(new Assessment(person, rs.getString("assessed_role"), rs.getString("assessed_level"),
                    rs.getTimestamp("assessed_at").toInstant(), Map.of()));
            return new MemberRows(rs.getString("sharer_name"), profile, assessment, new LinkedHashMap<>());
        }

        Member member() {
            return new Member(name, profile, withoutRatings.map(a -> new Assessment(a.person(), a.role(), a.level(),
                    a.assessedAt(), ratings)));
        }
    }

    private static String name(String name) {
        String plain = name == null || name.isBlank() ? "Someone" : name.strip();
        return plain.length() > LONGEST_NAME ? plain.substring(0, LONGEST_NAME) : plain;
    }
}
