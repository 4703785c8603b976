package uk.gov.ddat.capability.bot.unanswered;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Answer.Outcome;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/** Unanswered question counts in the database: run on H2 and PostgreSQL. */
abstract class UnansweredQuestionsContract {

    abstract TestDatabases.Database database();

    private final TestDatabases.Database db = database();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T09:00:00Z"));
    private final UnansweredQuestions store = new UnansweredQuestions(db.jdbc(), clock);

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void instancesSharingTheDatabaseAddToTheSameNormalisedCounts() {
        UnansweredRecorder first = new UnansweredRecorder(store);
        UnansweredRecorder second = new UnansweredRecorder(new UnansweredQuestions(db.jdbc(), clock));
        first.unanswered("What is the SALARY for a senior?", Outcome.NOT_IN_DATA);
        first.unanswered("what is the salary for a senior", Outcome.NOT_IN_DATA);
        second.unanswered("<@U0LAN0Z89> what is the salary   for a senior!!", Outcome.NOT_IN_DATA);
        second.unanswered("xyzzy plugh", Outcome.NOT_SURE);
        first.unanswered("senior to lead", Outcome.ANSWERED);
        first.flush();
        second.flush();
        second.unanswered("What is the salary for a senior", Outcome.NOT_IN_DATA);
        second.flush();

        assertThat(store.top(10)).containsExactly(
                new UnansweredQuestions.Count("what is the salary for a senior", "NOT_IN_DATA", 4),
                new UnansweredQuestions.Count("xyzzy plugh", "NOT_SURE", 1));
        assertThat(store.perDay()).containsExactly(new UnansweredQuestions.Day(LocalDate.of(2026, 11, 27), 1, 4));
    }

    @Test
    void noUserIdOrAddressIsStored() {
        UnansweredRecorder recorder = new UnansweredRecorder(store);
        recorder.unanswered("<@U0LAN0Z89> <#C123|general> ask jane@example.gov.uk or see https://x.example/a?b "
                + "about U0123ABCD9 salary 1234567", Outcome.NOT_IN_DATA);
        recorder.flush();
        assertThat(store.top(1)).singleElement().satisfies(count ->
                assertThat(count.question()).isEqualTo("ask or see about salary"));
    }

    @Test
    void countsAreKeptPerDayFor90DaysThenForgotten() {
        UnansweredRecorder recorder = new UnansweredRecorder(store);
        recorder.unanswered("how do I book a meeting room", Outcome.NOT_IN_DATA);
        recorder.flush();
        clock.advance(Duration.ofDays(1));
        recorder.unanswered("how do I book a meeting room", Outcome.NOT_IN_DATA);
        recorder.unanswered("asdf", Outcome.NOT_SURE);
        recorder.flush();
        assertThat(store.perDay()).containsExactly(
                new UnansweredQuestions.Day(LocalDate.of(2026, 11, 28), 1, 1),
                new UnansweredQuestions.Day(LocalDate.of(2026, 11, 27), 0, 1));

        clock.advance(Duration.ofDays(88));
        assertThat(store.prune()).isZero();
        assertThat(store.top(5)).extracting(UnansweredQuestions.Count::asked).containsExactly(2L, 1L);
        clock.advance(Duration.ofDays(1));
        assertThat(store.prune()).isEqualTo(1);
        assertThat(store.perDay()).extracting(UnansweredQuestions.Day::day).containsExactly(LocalDate.of(2026, 11, 28));
        clock.advance(Duration.ofDays(1));
        store.prune();
        assertThat(store.top(5)).isEmpty();
    }

    @Test
    void aFailedFlushKeepsTheCountsForTheNext() {
        UnansweredRecorder recorder = new UnansweredRecorder(store);
        recorder.unanswered("which roles are on call", Outcome.NOT_IN_DATA);
        db.jdbc().sql("ALTER TABLE unanswered_question RENAME TO unanswered_question_away").update();
        recorder.flush();
        db.jdbc().sql("ALTER TABLE unanswered_question_away RENAME TO unanswered_question").update();
        recorder.flush();
        assertThat(store.top(1)).containsExactly(
                new UnansweredQuestions.Count("which roles are on call", "NOT_IN_DATA", 1));
    }
}
