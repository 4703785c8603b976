package uk.gov.ddat.capability.bot.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes personal data the bot should no longer keep: self-assessments older than the retention
 * period, and everything from workspaces the app was removed from (and of people who removed it from
 * their personal scope in Teams) longer ago than the grace period.
 * Safe to run on every instance at once.
 */
public class PersonalDataHousekeeping {

    /** What one run deleted: counts only, never whose. */
    public record Result(int oldAssessments, int removedWorkspaceRows, int removedPeopleRows) {

        public Result(int oldAssessments, int removedWorkspaceRows) {
            this(oldAssessments, removedWorkspaceRows, 0);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PersonalDataHousekeeping.class);

    private final ProfileStore store;
    private final Clock clock;
    private final Duration retention;
    private final Duration removedWorkspaceGrace;

    public PersonalDataHousekeeping(ProfileStore store, Clock clock, Duration retention,
                                    Duration removedWorkspaceGrace) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        // A retention of zero would delete each assessment as soon as it was made.
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("personal-data.retention must be a positive duration");
        }
        if (removedWorkspaceGrace == null || removedWorkspaceGrace.isNegative()) {
            throw new IllegalArgumentException("personal-data.removed-workspace-grace must not be negative");
        }
        this.retention = retention;
        this.removedWorkspaceGrace = removedWorkspaceGrace;
    }

    public Result run() {
        Instant now = clock.instant();
        Result result = new Result(store.deleteAssessmentsBefore(now.minus(retention)),
                store.purgeRemovedWorkspaces(now.minus(removedWorkspaceGrace)),
                store.purgeRemovedPeople(now.minus(removedWorkspaceGrace)));
        if (result.oldAssessments() > 0 || result.removedWorkspaceRows() > 0 || result.removedPeopleRows() > 0) {
            log.info("Personal data housekeeping deleted {} old self-assessments, {} rows of removed workspaces and "
                    + "{} rows of people who removed the app", result.oldAssessments(), result.removedWorkspaceRows(),
                    result.removedPeopleRows());
        }
        return result;
    }
}
