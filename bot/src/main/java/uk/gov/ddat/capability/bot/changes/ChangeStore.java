package uk.gov.ddat.capability.bot.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.tips.Subscription;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.framework.diff.ChangeSet;
import uk.gov.ddat.capability.framework.diff.Fingerprint;
import uk.gov.ddat.capability.framework.diff.FrameworkFacts;

/**
 * The framework's recorded content and change sets, and who hears about them, in the bot's
 * database (H2 or PostgreSQL). Announcements are claimed the way tips deliveries are.
 */
public class ChangeStore {

    /** The recorded content. */
    public record State(Fingerprint fingerprint, FrameworkFacts facts) {
    }

    /** The state of one announcement: as for tips, a {@code SENDING} row belongs to its claim alone. */
    public enum Status {
        SENDING, RETRY, SENT, FAILED
    }

    /** One change set's announcement in one conversation. */
    public record AnnouncementKey(long changeSetId, long subscriptionId) {
    }

    public record Announcement(Status status, Optional<Instant> claimedAt) {
    }

    private static final String SUBSCRIPTION = "platform = ? AND workspace_id = ? AND conversation_id = ?";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public ChangeStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public Optional<State> state() {
        return jdbc.sql("SELECT fingerprint, facts FROM framework_state WHERE id = 1")
                .query((rs, row) -> new State(new Fingerprint(rs.getString(1)), FrameworkFacts.parse(rs.getString(2))))
                .optional();
    }

    /** Records the first content seen, as the baseline; false if there already was one. */
    public boolean recordBaseline(FrameworkFacts facts, Instant now) {
        try {
            jdbc.sql("INSERT INTO framework_state (id, fingerprint, facts, updated_at) VALUES (1, ?, ?, ?)")
                    .params(facts.fingerprint().hex(), facts.text(), Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /**
     * Moves the recorded content from {@code changes.from()} to {@code facts} and records the change
     * set, together; only one of several instances seeing the same change wins (false for the others).
     */
    public boolean recordChange(ChangeSet changes, FrameworkFacts facts, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int moved = jdbc.sql("UPDATE framework_state SET fingerprint = ?, facts = ?, updated_at = ? "
                            + "WHERE id = 1 AND fingerprint = ?")
                    .params(facts.fingerprint().hex(), facts.text(), Timestamp.from(now), changes.from().hex())
                    .update();
            if (moved == 0) {
                return false;
            }
            if (!changes.isEmpty()) {
                jdbc.sql("INSERT INTO framework_change_set (recorded_at, from_fingerprint, to_fingerprint, "
                                + "change_count, changes) VALUES (?, ?, ?, ?, ?)")
                        .params(Timestamp.from(now), changes.from().hex(), changes.to().hex(), changes.changes().size(),
                                changes.changesText())
                        .update();
            }
            return true;
        }));
    }

    public Optional<RecordedChangeSet> latest() {
        return jdbc.sql("SELECT * FROM framework_change_set ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .query(ChangeStore::changeSet).optional();
    }

    /** Change sets recorded since a time, oldest first. */
    public List<RecordedChangeSet> since(Instant from) {
        return jdbc.sql("SELECT * FROM framework_change_set WHERE recorded_at >= ? ORDER BY id")
                .param(Timestamp.from(from)).query(ChangeStore::changeSet).list();
    }

    /**
     * Turns announcements on for a conversation (making its subscription row, tips off, if it has
     * none); the next change set is the first it hears of. False if they were on already.
     */
    public boolean turnOn(Platform platform, String workspaceId, String conversationId, Optional<String> address,
                          String changedBy, Instant now, String placeholderRole) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            long latest = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM framework_change_set").query(Long.class).single();
            int updated = jdbc.sql("UPDATE tip_subscription SET changes_on = TRUE, changes_after = ?, "
                            + "address = COALESCE(?, address) WHERE " + SUBSCRIPTION + " AND changes_on = FALSE")
                    .params(latest, address.orElse(null), platform.storedAs(), workspaceId, conversationId).update();
            if (updated > 0) {
                return true;
            }
            if (jdbc.sql("SELECT COUNT(*) FROM tip_subscription WHERE " + SUBSCRIPTION)
                    .params(platform.storedAs(), workspaceId, conversationId).query(Integer.class).single() > 0) {
                return false;
            }
            // Tips stay off: the schedule and role are what "tips on" would choose, and unused until then.
            jdbc.sql("""
                    INSERT INTO tip_subscription (platform, workspace_id, conversation_id, address, post_time,
                        time_zone, days, role_name, active, changed_by, changed_at, rotation_seed, tips_sent,
                        changes_on, changes_after)
                    VALUES (?, ?, ?, ?, '09:30', 'Europe/London', 'WEEKDAYS', ?, FALSE, ?, ?, 0, 0, TRUE, ?)""")
                    .params(platform.storedAs(), workspaceId, conversationId, address.orElse(null), placeholderRole,
                            changedBy, Timestamp.from(now), latest)
                    .update();
            return true;
        }));
    }

    /** Turns announcements off; false if they were not on. */
    public boolean turnOff(Platform platform, String workspaceId, String conversationId) {
        return jdbc.sql("UPDATE tip_subscription SET changes_on = FALSE WHERE " + SUBSCRIPTION + " AND changes_on = TRUE")
                .params(platform.storedAs(), workspaceId, conversationId).update() > 0;
    }

    public boolean isOn(Platform platform, String workspaceId, String conversationId) {
        return jdbc.sql("SELECT COUNT(*) FROM tip_subscription WHERE " + SUBSCRIPTION + " AND changes_on = TRUE")
                .params(platform.storedAs(), workspaceId, conversationId).query(Integer.class).single() > 0;
    }

    /** A conversation that opted in, and the last change set it had already seen then. */
    public record Listener(Subscription subscription, long changesAfter) {
    }

    public List<Listener> listeners() {
        return jdbc.sql("SELECT * FROM tip_subscription WHERE changes_on = TRUE ORDER BY id")
                .query((rs, row) -> new Listener(SubscriptionStore.subscription(rs, row), rs.getLong("changes_after")))
                .list();
    }

    /** Stops announcements that cannot be delivered, keeping the reason for "tips" to show. */
    public void pause(long subscriptionId, String reason, Instant now) {
        jdbc.sql("UPDATE tip_subscription SET changes_on = FALSE, last_error = ?, last_error_at = ? WHERE id = ?")
                .params(cut(reason), Timestamp.from(now), subscriptionId).update();
    }

    public Map<AnnouncementKey, Announcement> announcements(long fromChangeSet) {
        Map<AnnouncementKey, Announcement> byKey = new HashMap<>();
        jdbc.sql("SELECT * FROM change_announcement WHERE change_set_id >= ?").param(fromChangeSet)
                .query((rs, row) -> {
                    byKey.put(new AnnouncementKey(rs.getLong("change_set_id"), rs.getLong("subscription_id")),
                            new Announcement(Status.valueOf(rs.getString("status")),
                                    Optional.ofNullable(rs.getTimestamp("claimed_at")).map(Timestamp::toInstant)));
                    return null;
                }).list();
        return byKey;
    }

    /**
     * Claims an announcement just before it is posted: the first claim inserts the row; a row put
     * back for a retry before {@code staleBefore} can be taken over; a {@code SENDING} row never is.
     */
    public boolean claim(AnnouncementKey key, String claim, Instant now, Instant staleBefore) {
        try {
            jdbc.sql("INSERT INTO change_announcement (change_set_id, subscription_id, status, claimed_by, claimed_at) "
                            + "VALUES (?, ?, 'SENDING', ?, ?)")
                    .params(key.changeSetId(), key.subscriptionId(), claim, Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("UPDATE change_announcement SET status = 'SENDING', claimed_by = ?, claimed_at = ? "
                            + "WHERE change_set_id = ? AND subscription_id = ? AND status = 'RETRY' AND claimed_at < ?")
                    .params(claim, Timestamp.from(now), key.changeSetId(), key.subscriptionId(),
                            Timestamp.from(staleBefore))
                    .update() == 1;
        }
    }

    /** Records the outcome of a claim; only the claim that was sending can. */
    public void finish(AnnouncementKey key, String claim, Status outcome, String error, Instant now) {
        jdbc.sql("UPDATE change_announcement SET status = ?, claimed_at = ?, finished_at = ?, error = ? "
                        + "WHERE change_set_id = ? AND subscription_id = ? AND claimed_by = ? AND status = 'SENDING'")
                .params(outcome.name(), Timestamp.from(now), outcome == Status.RETRY ? null : Timestamp.from(now),
                        cut(error), key.changeSetId(), key.subscriptionId(), claim)
                .update();
    }

    private static RecordedChangeSet changeSet(ResultSet rs, int row) throws SQLException {
        return new RecordedChangeSet(rs.getLong("id"), rs.getTimestamp("recorded_at").toInstant(),
                ChangeSet.parseChanges(rs.getString("changes")));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
