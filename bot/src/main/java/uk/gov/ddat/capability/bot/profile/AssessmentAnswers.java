package uk.gov.ddat.capability.bot.profile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A submitted self-assessment as it arrives from a platform, not yet trusted: the role level the
 * form was made for and the value chosen for each skill. {@link PersonalCommands} checks every
 * part before anything is saved.
 *
 * @param level   the role level's name the form says it was made for
 * @param ratings skill name to the submitted code ("working", "not_yet", ...)
 */
public record AssessmentAnswers(String level, Map<String, String> ratings) {

    public AssessmentAnswers {
        level = level == null ? "" : level;
        ratings = Collections.unmodifiableMap(new LinkedHashMap<>(ratings));
    }
}
