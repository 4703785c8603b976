package uk.gov.ddat.capability.bot.tips;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Platform;

/** Test data: Slack channels C0, C1, ... whose daily tip fell due a minute ago, set up the day before. */
final class DueSubscriptions {

    private DueSubscriptions() {
    }

    static void create(SubscriptionStore store, int count) {
        Instant now = Instant.now();
        LocalTime due = LocalTime.ofInstant(now.minus(1, ChronoUnit.MINUTES), ZoneOffset.UTC);
        Schedule schedule = new Schedule(due, ZoneOffset.UTC, Schedule.Days.DAILY);
        for (int i = 0; i < count; i++) {
            store.subscribe(Platform.SLACK, "C" + i, Optional.empty(), schedule, "Infrastructure operations engineer", "U1",
                    now.minus(Duration.ofDays(1)), i);
        }
    }
}
