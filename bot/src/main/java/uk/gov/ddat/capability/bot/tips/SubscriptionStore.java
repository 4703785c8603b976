package uk.gov.ddat.capability.bot.tips;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.ddat.capability.bot.conversation.Platform;

/** Tip subscriptions and their delivery log, in the bot's database (H2 or PostgreSQL). */
public class SubscriptionStore {

    /**
     * The state of one day's delivery for a subscription. {@code SENDING}: claimed by one sender,
     * which alone records the outcome. {@code CLAIMED} is what earlier versions wrote for a claim.
     */
    public enum Status {
        CLAIMED, SENDING, RETRY, SENT, FAILED, SKIPPED;

        /** Not yet sent, failed or skipped. */
        public boolean unfinished() {
            return this == CLAIMED || this == SENDING || this == RETRY;
        }
    }

    /** One row of the delivery log. */
    public record Delivery(long subscriptionId, LocalDate localDate, Instant dueAt, Status status,
                           Optional<Instant> claimedAt, Optional<String> error) {
    }

    /** A row that posts something: daily tips, or framework change announcements. */
    private static final String LISTENING = "(active = TRUE OR changes_on = TRUE)";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public SubscriptionStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A conversation's subscription in a single-workspace app (workspace ""). */
    public Optional<Subscription> find(Platform platform, String conversationId) {
        return find(platform, "", conversationId);
    }

    public Optional<Subscription> find(Platform platform, String workspaceId, String conversationId) {
        return jdbc.sql("SELECT * FROM tip_subscription WHERE platform = ? AND workspace_id = ? AND conversation_id = ?")
                .params(platform.storedAs(), workspaceId, conversationId).query(SubscriptionStore::subscription).optional();
    }

    /** Turns tips on in a single-workspace app (workspace ""). */
    public Subscription subscribe(Platform platform, String conversationId, Optional<String> address, Schedule schedule,
                                  String roleName, String changedBy, Instant now, long seedIfNew) {
        return subscribe(platform, "", conversationId, address, schedule, roleName, changedBy, now, seedIfNew);
    }

    /** Turns tips on (or changes their settings), keeping the conversation's place in its rotation. */
    public Subscription subscribe(Platform platform, String workspaceId, String conversationId, Optional<String> address,
                                  Schedule schedule, String roleName, String changedBy, Instant now, long seedIfNew) {
        return transactions.execute(status -> {
            int updated = jdbc.sql("""
                    UPDATE tip_subscription SET address = ?, post_time = ?, time_zone = ?, days = ?, role_name = ?,
                        active = TRUE, paused_reason = NULL, changed_by = ?, changed_at = ?, last_error = NULL,
                        last_error_at = NULL
                    WHERE platform = ? AND workspace_id = ? AND conversation_id = ?""")
                    .params(address.orElse(null), schedule.time().toString(), schedule.zone().getId(),
                            schedule.days().name(), roleName, changedBy, Timestamp.from(now), platform.storedAs(), workspaceId,
                            conversationId)
                    .update();
            if (updated == 0) {
                jdbc.sql("""
                        INSERT INTO tip_subscription (platform, workspace_id, conversation_id, address, post_time,
                            time_zone, days, role_name, active, changed_by, changed_at, rotation_seed, tips_sent)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?, ?, 0)""")
                        .params(platform.storedAs(), workspaceId, conversationId, address.orElse(null),
                                schedule.time().toString(), schedule.zone().getId(), schedule.days().name(), roleName,
                                changedBy, Timestamp.from(now), seedIfNew)
                        .update();
            }
            return find(platform, workspaceId, conversationId).orElseThrow();
        });
    }

    /** Turns tips off; false if they were not on. */
    public boolean unsubscribe(Platform platform, String workspaceId, String conversationId, String changedBy,
                               Instant now) {
        return jdbc.sql("""
                UPDATE tip_subscription SET active = FALSE, paused_reason = NULL, changed_by = ?, changed_at = ?
                WHERE platform = ? AND workspace_id = ? AND conversation_id = ? AND active = TRUE""")
                .params(changedBy, Timestamp.from(now), platform.storedAs(), workspaceId, conversationId).update() > 0;
    }

    /** Stops a subscription that cannot be delivered, with the reason people will see. */
    public void pause(long id, String reason, Instant now) {
        jdbc.sql("UPDATE tip_subscription SET active = FALSE, changes_on = FALSE, paused_reason = ?, last_error = ?, "
                        + "last_error_at = ? WHERE id = ?")
                .params(cut(reason), cut(reason), Timestamp.from(now), id).update();
    }

    /** Stops every subscription of a platform (the app was uninstalled, its tokens revoked). */
    public int pauseAll(Platform platform, String reason, Instant now) {
        return jdbc.sql("UPDATE tip_subscription SET active = FALSE, changes_on = FALSE, paused_reason = ?, last_error = ?, "
                        + "last_error_at = ? WHERE platform = ? AND " + LISTENING)
                .params(cut(reason), cut(reason), Timestamp.from(now), platform.storedAs()).update();
    }

    /** Stops every subscription in the workspaces whose keys start so (an organisation's, in Slack). */
    public int pauseWorkspacePrefix(Platform platform, String workspacePrefix, String reason, Instant now) {
        return jdbc.sql("UPDATE tip_subscription SET active = FALSE, changes_on = FALSE, paused_reason = ?, last_error = ?, "
                        + "last_error_at = ? WHERE platform = ? AND workspace_id LIKE ? AND " + LISTENING)
                .params(cut(reason), cut(reason), Timestamp.from(now), platform.storedAs(),
                        workspacePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .update();
    }

    /** Stops every subscription in one workspace or tenant (the app was uninstalled from it). */
    public int pauseWorkspace(Platform platform, String workspaceId, String reason, Instant now) {
        return jdbc.sql("UPDATE tip_subscription SET active = FALSE, changes_on = FALSE, paused_reason = ?, last_error = ?, "
                        + "last_error_at = ? WHERE platform = ? AND workspace_id = ? AND " + LISTENING)
                .params(cut(reason), cut(reason), Timestamp.from(now), platform.storedAs(), workspaceId).update();
    }

    /** Stops the tips and change announcements of some conversations of a workspace (the app was removed there). */
    public int pauseConversations(Platform platform, String workspaceId, List<String> conversationIds, String reason,
                                  Instant now) {
        int paused = 0;
        for (String conversationId : conversationIds) {
            paused += jdbc.sql("UPDATE tip_subscription SET active = FALSE, changes_on = FALSE, paused_reason = ?, "
                            + "last_error = ?, last_error_at = ? WHERE platform = ? AND workspace_id = ? "
                            + "AND conversation_id = ? AND " + LISTENING)
                    .params(cut(reason), cut(reason), Timestamp.from(now), platform.storedAs(), workspaceId,
                            conversationId)
                    .update();
        }
        return paused;
    }

    public void recordError(long id, String error, Instant now) {
        jdbc.sql("UPDATE tip_subscription SET last_error = ?, last_error_at = ? WHERE id = ?")
                .params(cut(error), Timestamp.from(now), id).update();
    }

    public List<Subscription> active() {
        return jdbc.sql("SELECT * FROM tip_subscription WHERE active = TRUE ORDER BY id")
                .query(SubscriptionStore::subscription).list();
    }

    /** One day's tip of one subscription: what a delivery row is kept by. */
    public record DeliveryKey(long subscriptionId, LocalDate localDate) {
    }

    /** Delivery rows from a local date onwards, keyed by subscription and date. */
    public Map<DeliveryKey, Delivery> deliveriesSince(LocalDate from) {
        Map<DeliveryKey, Delivery> byKey = new HashMap<>();
        jdbc.sql("SELECT * FROM tip_delivery WHERE local_date >= ?").param(from)
                .query(SubscriptionStore::delivery).list()
                .forEach(d -> byKey.put(new DeliveryKey(d.subscriptionId(), d.localDate()), d));
        return byKey;
    }

    public Optional<Delivery> lastDelivery(long subscriptionId) {
        return jdbc.sql("SELECT * FROM tip_delivery WHERE subscription_id = ? ORDER BY local_date DESC")
                .param(subscriptionId).query(SubscriptionStore::delivery).list().stream().findFirst();
    }

    /**
     * Claims a day's delivery for one send, just before it is sent: the row's primary key makes the
     * first claim win, and the row becomes {@code SENDING} under the {@code claim} token. A row put
     * back for a retry (or an old-style claim) whose time is before {@code staleBefore} can be taken
     * over; a {@code SENDING} row never is.
     */
    public boolean claim(long subscriptionId, LocalDate date, Instant dueAt, String claim, Instant now,
                         Instant staleBefore) {
        try {
            jdbc.sql("""
                    INSERT INTO tip_delivery (subscription_id, local_date, due_at, status, claimed_by, claimed_at)
                    VALUES (?, ?, ?, 'SENDING', ?, ?)""")
                    .params(subscriptionId, date, Timestamp.from(dueAt), claim, Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return jdbc.sql("""
                    UPDATE tip_delivery SET status = 'SENDING', claimed_by = ?, claimed_at = ?
                    WHERE subscription_id = ? AND local_date = ? AND status IN ('CLAIMED', 'RETRY') AND claimed_at < ?""")
                    .params(claim, Timestamp.from(now), subscriptionId, date, Timestamp.from(staleBefore))
                    .update() == 1;
        }
    }

    /**
     * Records a sent tip and moves the conversation on in its rotation, together; only the claim
     * that sent it can (false otherwise, and nothing changes).
     */
    public boolean markSent(long subscriptionId, LocalDate date, String claim, String tipId, Instant now) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int marked = jdbc.sql("UPDATE tip_delivery SET status = 'SENT', finished_at = ?, tip_id = ?, error = NULL "
                            + "WHERE subscription_id = ? AND local_date = ? AND claimed_by = ? AND status = 'SENDING'")
                    .params(Timestamp.from(now), cut(tipId), subscriptionId, date, claim).update();
            if (marked == 0) {
                return false;
            }
            jdbc.sql("UPDATE tip_subscription SET tips_sent = tips_sent + 1, last_error = NULL, last_error_at = NULL "
                    + "WHERE id = ?").param(subscriptionId).update();
            return true;
        }));
    }

    /** A tip posted on request ("tip"): moves the rotation on so the daily tip does not repeat it. */
    public void advanceRotation(long subscriptionId) {
        jdbc.sql("UPDATE tip_subscription SET tips_sent = tips_sent + 1 WHERE id = ?").param(subscriptionId).update();
    }

    /** Puts a delivery this claim was sending back, to be tried again after the claim lease. */
    public void markRetry(long subscriptionId, LocalDate date, String claim, String error, Instant now) {
        jdbc.sql("UPDATE tip_delivery SET status = 'RETRY', claimed_at = ?, error = ? "
                        + "WHERE subscription_id = ? AND local_date = ? AND claimed_by = ? AND status = 'SENDING'")
                .params(Timestamp.from(now), cut(error), subscriptionId, date, claim).update();
    }

    public void markFailed(long subscriptionId, LocalDate date, String claim, String error, Instant now) {
        jdbc.sql("UPDATE tip_delivery SET status = 'FAILED', finished_at = ?, error = ? "
                        + "WHERE subscription_id = ? AND local_date = ? AND claimed_by = ? AND status = 'SENDING'")
                .params(Timestamp.from(now), cut(error), subscriptionId, date, claim).update();
    }

    /** Records a tip that was missed for longer than the grace window; false if the day already has a row. */
    public boolean markSkipped(long subscriptionId, LocalDate date, Instant dueAt, Instant now) {
        try {
            jdbc.sql("""
                    INSERT INTO tip_delivery (subscription_id, local_date, due_at, status, finished_at)
                    VALUES (?, ?, ?, 'SKIPPED', ?)""")
                    .params(subscriptionId, date, Timestamp.from(dueAt), Timestamp.from(now)).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Gives up on deliveries still unfinished past the grace window. */
    public int expire(long subscriptionId, LocalDate date, String error, Instant now) {
        return jdbc.sql("UPDATE tip_delivery SET status = 'FAILED', finished_at = ?, error = ? "
                        + "WHERE subscription_id = ? AND local_date = ? AND status IN ('CLAIMED', 'SENDING', 'RETRY')")
                .params(Timestamp.from(now), cut(error), subscriptionId, date).update();
    }

    /** Forgets the delivery log before a date; it only matters for the last few days. */
    public int pruneDeliveries(LocalDate before) {
        return jdbc.sql("DELETE FROM tip_delivery WHERE local_date < ?").param(before).update();
    }

    /** Reads a tip_subscription row (also for the change announcements kept on it). */
    public static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong("id"), Platform.fromStored(rs.getString("platform")), rs.getString("workspace_id"),
                rs.getString("conversation_id"),
                Optional.ofNullable(rs.getString("address")),
                new Schedule(LocalTime.parse(rs.getString("post_time")), ZoneId.of(rs.getString("time_zone")),
                        Schedule.Days.valueOf(rs.getString("days"))),
                rs.getString("role_name"), rs.getBoolean("active"), Optional.ofNullable(rs.getString("paused_reason")),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getLong("rotation_seed"),
                rs.getInt("tips_sent"), Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getTimestamp("last_error_at")).map(Timestamp::toInstant));
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        return new Delivery(rs.getLong("subscription_id"), rs.getObject("local_date", LocalDate.class),
                rs.getTimestamp("due_at").toInstant(), Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getTimestamp("claimed_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getString("error")));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
