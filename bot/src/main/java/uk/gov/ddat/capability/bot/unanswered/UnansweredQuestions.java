package uk.gov.ddat.capability.bot.unanswered;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.ddat.capability.bot.conversation.Answer;

/**
 * Counts of questions that ended in "not sure" or "not in the data", per day (UTC), normalised
 * text only, kept {@link #RETENTION_DAYS} days. Instances sharing the database add to the same
 * counts.
 */
public class UnansweredQuestions {

    public static final int RETENTION_DAYS = 90;

    /** One question and how often it went unanswered. */
    public record Count(String question, String outcome, long asked) {
    }

    /** One day's totals. */
    public record Day(LocalDate day, long notSure, long notInData) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    public UnansweredQuestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Adds {@code times} askings of a normalised question on a day. */
    void add(LocalDate day, String question, Answer.Outcome outcome, long times) {
        String sql = "UPDATE unanswered_question SET asked = asked + ? WHERE asked_on = ? AND question = ? AND outcome = ?";
        if (jdbc.sql(sql).params(times, Date.valueOf(day), question, outcome.name()).update() > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO unanswered_question (asked_on, question, outcome, asked) VALUES (?, ?, ?, ?)")
                    .params(Date.valueOf(day), question, outcome.name(), times).update();
        } catch (DuplicateKeyException e) {
            // Another instance inserted the same row first: add to it.
            jdbc.sql(sql).params(times, Date.valueOf(day), question, outcome.name()).update();
        }
    }

    /** The questions most often unanswered over the retention period, most first. */
    public List<Count> top(int limit) {
        return jdbc.sql("SELECT question, outcome, SUM(asked) AS total FROM unanswered_question WHERE asked_on >= ? "
                        + "GROUP BY question, outcome ORDER BY total DESC, question LIMIT ?")
                .params(Date.valueOf(oldestKept()), limit)
                .query((rs, n) -> new Count(rs.getString("question"), rs.getString("outcome"), rs.getLong("total")))
                .list();
    }

    /** Totals per day, newest first. */
    public List<Day> perDay() {
        return jdbc.sql("SELECT asked_on, SUM(CASE WHEN outcome = 'NOT_SURE' THEN asked ELSE 0 END) AS not_sure, "
                        + "SUM(CASE WHEN outcome = 'NOT_IN_DATA' THEN asked ELSE 0 END) AS not_in_data "
                        + "FROM unanswered_question WHERE asked_on >= ? GROUP BY asked_on ORDER BY asked_on DESC")
                .param(Date.valueOf(oldestKept()))
                .query((rs, n) -> new Day(rs.getDate("asked_on").toLocalDate(), rs.getLong("not_sure"),
                        rs.getLong("not_in_data")))
                .list();
    }

    /** Forgets days older than the retention period; returns the rows removed. */
    public int prune() {
        return jdbc.sql("DELETE FROM unanswered_question WHERE asked_on < ?").param(Date.valueOf(oldestKept())).update();
    }

    private LocalDate oldestKept() {
        return today().minusDays(RETENTION_DAYS - 1);
    }
}
