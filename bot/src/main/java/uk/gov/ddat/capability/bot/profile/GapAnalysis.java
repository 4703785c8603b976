package uk.gov.ddat.capability.bot.profile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * Works out a person's gaps from their profile, their latest two assessments and the framework:
 * the skills of their role level, then those only their target needs. A self level belongs to
 * the skill, not to the level it was rated under, so it carries over when someone moves level.
 */
public final class GapAnalysis {

    private GapAnalysis() {
    }

    /** Their role level in this snapshot of the framework, if it is still there. */
    public static Optional<LevelOfRole> level(FrameworkModel model, Profile profile) {
        return model.role(profile.role()).flatMap(r -> r.level(profile.level()).map(l -> new LevelOfRole(r, l)));
    }

    /**
     * The level they aim for: the one they chose (a level of their role, or of another role), else
     * the next on their track; empty at the top of a track with nothing chosen.
     */
    public static Optional<LevelOfRole> target(FrameworkModel model, Profile profile, LevelOfRole current) {
        if (profile.targetLevel().isPresent()) {
            String name = profile.targetLevel().get();
            Optional<RoleLevel> sameRole = current.role().level(name);
            if (sameRole.isPresent()) {
                return Optional.of(new LevelOfRole(current.role(), sameRole.get()));
            }
            Optional<LevelOfRole> elsewhere = model.level(name);
            if (elsewhere.isPresent()) {
                return elsewhere;
            }
        }
        return current.role().next(current.level()).map(l -> new LevelOfRole(current.role(), l));
    }

    /** The report for a level found with {@link #level}; {@code assessments} newest first (any number). */
    public static GapReport report(FrameworkModel model, Profile profile, LevelOfRole current,
                                   List<Assessment> assessments) {
        Optional<LevelOfRole> target = target(model, profile, current);
        Optional<Assessment> latest = assessments.stream().findFirst();
        Optional<Assessment> previous = assessments.stream().skip(1).findFirst();

        Set<String> skills = new LinkedHashSet<>();
        current.level().skills().forEach(s -> skills.add(s.skill()));
        target.ifPresent(t -> t.level().skills().forEach(s -> skills.add(s.skill())));

        List<GapReport.Row> rows = new ArrayList<>();
        for (String skill : skills) {
            rows.add(new GapReport.Row(skill, rating(latest, skill), rating(previous, skill),
                    current.level().requirement(skill).map(SkillRequirement::level),
                    target.flatMap(t -> t.level().requirement(skill)).map(SkillRequirement::level)));
        }
        Role role = current.role();
        return new GapReport(role.name(), current.level().name(), target.map(t -> t.level().name()), role.url(),
                latest.map(Assessment::assessedAt), previous.map(Assessment::assessedAt), rows);
    }

    private static Optional<SelfLevel> rating(Optional<Assessment> assessment, String skill) {
        return assessment.flatMap(a -> a.ratings().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(skill)).map(Map.Entry::getValue).findFirst());
    }
}
