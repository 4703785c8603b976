package uk.gov.ddat.capability.framework.load;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import uk.gov.ddat.capability.framework.Seniority;
import uk.gov.ddat.capability.framework.Track;

/**
 * Puts a role's levels in progression order. The export lists them alphabetically, so the order
 * is derived from the names: apprentice / trainee, junior / associate, the plain name, senior,
 * lead, principal, head of / chief. In manager roles the analyst levels come before the manager
 * levels ("Service desk analyst" before "Service desk manager"). Names that tie (for example
 * "Problem analyst" beside "Configuration analyst") are ordered by the skill levels they need,
 * lowest first, which the data itself supplies.
 */
final class LevelOrder {

    private static final String MANAGEMENT_SUFFIX = "- management";

    private LevelOrder() {
    }

    static Track trackOf(String levelName) {
        return normalised(levelName).endsWith(MANAGEMENT_SUFFIX) ? Track.MANAGEMENT : Track.MAIN;
    }

    /** Sorts levels of one track; {@code meanSkillLevel} breaks ties between names of equal rank. */
    static <T> List<T> sort(List<T> levels, String roleName, Function<T, String> name,
                            ToDoubleFunction<T> meanSkillLevel) {
        Comparator<T> byName = Comparator.comparingInt(level -> ladder(name.apply(level), roleName));
        return levels.stream()
                .sorted(byName
                        .thenComparingInt(level -> Seniority.of(name.apply(level)))
                        .thenComparingDouble(meanSkillLevel)
                        .thenComparing(level -> normalised(name.apply(level))))
                .toList();
    }

    /** 0 for the analyst levels of a manager role, 1 for everything else. */
    static int ladder(String levelName, String roleName) {
        String level = normalised(levelName);
        if (level.startsWith("head of") || level.startsWith("chief")) {
            return 1;
        }
        boolean managerRole = normalised(roleName).endsWith("manager");
        return managerRole && level.replace(MANAGEMENT_SUFFIX, "").trim().endsWith("analyst") ? 0 : 1;
    }

    private static String normalised(String name) {
        return DescriptionText.normalise(name).toLowerCase(Locale.ROOT);
    }
}
