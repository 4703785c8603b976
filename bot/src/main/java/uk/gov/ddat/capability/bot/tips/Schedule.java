package uk.gov.ddat.capability.bot.tips;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a subscription posts: a local time in a time zone, every day or on weekdays. 09:30 stays
 * 09:30 local across daylight-saving changes; a time that does not exist on the day the clocks go
 * forward is posted at the same offset after the change (java.time's rule).
 */
public record Schedule(LocalTime time, ZoneId zone, Days days) {

    /** Tips are posted to the minute. */
    public Schedule {
        time = time.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    public enum Days {
        WEEKDAYS, DAILY;

        boolean includes(LocalDate date) {
            return this == DAILY || date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        public String label() {
            return this == DAILY ? "every day" : "on weekdays";
        }
    }

    /** The instant the tip for a local date is due, if the schedule posts on that date. */
    public Optional<Instant> dueOn(LocalDate date) {
        return days.includes(date) ? Optional.of(ZonedDateTime.of(date, time, zone).toInstant()) : Optional.empty();
    }

    /** The local date at an instant, in the schedule's zone. */
    public LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The first post strictly after {@code after}. */
    public Instant nextAfter(Instant after) {
        LocalDate date = localDate(after);
        for (int i = 0; i < 8; i++) {
            Optional<Instant> due = dueOn(date.plusDays(i));
            if (due.isPresent() && due.get().isAfter(after)) {
                return due.get();
            }
        }
        throw new IllegalStateException("no post within a week");
    }
}
