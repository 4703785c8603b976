package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * A person's skills against their role level and their target: what "my gaps", the chart and the
 * export all show. Platform-neutral and free of ids: it names the role levels, never the person.
 *
 * @param role           the role's name
 * @param level          their role level's name
 * @param target         the level they aim for (empty at the top of the track, with no target)
 * @param roleUrl        the role's published page
 * @param assessedAt     when the latest self-assessment was made (empty: none yet)
 * @param previousAt     when the one before it was made (empty: none)
 * @param rows           one row per skill of their level, then the skills only the target needs
 */
public record GapReport(String role, String level, Optional<String> target, String roleUrl,
                        Optional<Instant> assessedAt, Optional<Instant> previousAt, List<Row> rows) {

    public GapReport {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(roleUrl, "roleUrl");
        Objects.requireNonNull(assessedAt, "assessedAt");
        Objects.requireNonNull(previousAt, "previousAt");
        rows = List.copyOf(rows);
    }

    /**
     * One skill.
     *
     * @param skill    the skill's name
     * @param self     what they said in the latest assessment (empty: not assessed)
     * @param previous what they said in the one before (empty: not assessed then)
     * @param now      the level their role level needs (empty: it does not need this skill)
     * @param atTarget the level their target needs (empty: no target, or it does not need it)
     */
    public record Row(String skill, Optional<SelfLevel> self, Optional<SelfLevel> previous,
                      Optional<SkillLevel> now, Optional<SkillLevel> atTarget) {

        public Row {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(self, "self");
            Objects.requireNonNull(previous, "previous");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(atTarget, "atTarget");
        }

        /** Assessed below what their level needs now. */
        public boolean belowNow() {
            return self.isPresent() && now.isPresent() && !self.get().reaches(now.get());
        }

        /** Assessed (or, unassessed, taken as not yet) below what the target needs. */
        public boolean toGrowForTarget() {
            return atTarget.isPresent() && !self.orElse(SelfLevel.NOT_YET).reaches(atTarget.get());
        }

        /** Moved since the previous assessment (up or down). */
        public boolean changed() {
            return self.isPresent() && previous.isPresent() && self.get() != previous.get();
        }
    }

    public long belowNowCount() {
        return rows.stream().filter(Row::belowNow).count();
    }

    public long toGrowForTargetCount() {
        return rows.stream().filter(Row::toGrowForTarget).count();
    }

    public long changedCount() {
        return rows.stream().filter(Row::changed).count();
    }

    public boolean assessed() {
        return assessedAt.isPresent();
    }
}
