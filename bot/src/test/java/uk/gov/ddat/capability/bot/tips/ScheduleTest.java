package uk.gov.ddat.capability.bot.tips;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Schedule weekdays = new Schedule(LocalTime.of(9, 30), LONDON, Schedule.Days.WEEKDAYS);
    private final Schedule daily = new Schedule(LocalTime.of(9, 30), LONDON, Schedule.Days.DAILY);

    @Test
    void staysAtNineThirtyLocalAcrossTheSpringClockChange() {
        // Clocks go forward on Sunday 29 March 2026: GMT (UTC+0) before, BST (UTC+1) after.
        assertThat(daily.dueOn(LocalDate.of(2026, 3, 28))).contains(Instant.parse("2026-03-28T09:30:00Z"));
        assertThat(daily.dueOn(LocalDate.of(2026, 3, 29))).contains(Instant.parse("2026-03-29T08:30:00Z"));
        assertThat(daily.dueOn(LocalDate.of(2026, 3, 30))).contains(Instant.parse("2026-03-30T08:30:00Z"));
    }

    @Test
    void staysAtNineThirtyLocalAcrossTheAutumnClockChange() {
        // Clocks go back on Sunday 25 October 2026.
        assertThat(daily.dueOn(LocalDate.of(2026, 10, 24))).contains(Instant.parse("2026-10-24T08:30:00Z"));
        assertThat(daily.dueOn(LocalDate.of(2026, 10, 25))).contains(Instant.parse("2026-10-25T09:30:00Z"));
        assertThat(weekdays.nextAfter(Instant.parse("2026-10-23T09:00:00Z")))
                .isEqualTo(Instant.parse("2026-10-26T09:30:00Z"));
    }

    @Test
    void weekdaysSkipTheWeekend() {
        assertThat(weekdays.dueOn(LocalDate.of(2026, 11, 28))).isEmpty(); // Saturday
        assertThat(weekdays.dueOn(LocalDate.of(2026, 11, 29))).isEmpty(); // Sunday
        assertThat(weekdays.dueOn(LocalDate.of(2026, 11, 30))).isPresent();
        assertThat(weekdays.nextAfter(Instant.parse("2026-11-27T10:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T09:30:00Z"));
    }

    @Test
    void aTimeThatDoesNotExistOnTheSpringChangeDayIsPostedJustAfter() {
        Schedule early = new Schedule(LocalTime.of(1, 30), LONDON, Schedule.Days.DAILY);
        assertThat(early.dueOn(LocalDate.of(2026, 3, 29))).contains(Instant.parse("2026-03-29T01:30:00Z"));
    }
}
