package uk.gov.ddat.capability.bot.hiring;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Link;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Source;

/**
 * The framework's own text for a role level, as the hiring aids quote it, and the fixed sentences
 * said where the data has none. Nothing here adds to what the framework says: the only words of
 * our own are these fixed frames, each the same for every level.
 */
final class FrameworkText {

    /** The question put around each "you can" line; the line itself is quoted as the framework has it. */
    static final String QUESTION_FRAME = "Tell me about a time you showed you can ";

    private FrameworkText() {
    }

    /** The "you can" lines for a skill at the level a role level needs: the level's own, else the catalogue's. */
    static List<String> youCan(FrameworkModel model, SkillRequirement requirement) {
        List<String> lines = requirement.youCan().isEmpty()
                ? model.skill(requirement.skill()).map(s -> s.youCanAt(requirement.level())).orElse(List.of())
                : requirement.youCan();
        return lines.stream().map(FrameworkText::line).filter(l -> !l.isEmpty()).toList();
    }

    /** One line as written, without the trailing full stop or invisible characters some cells carry. */
    private static String line(String text) {
        String line = text.replace("\u200b", "").strip();
        while (line.endsWith(".") || line.endsWith(";")) {
            line = line.substring(0, line.length() - 1).strip();
        }
        return line;
    }

    /** "Tell me about a time you showed you can <line>." A line written with a capital starts lower case. */
    static String question(String line) {
        boolean capitalisedWord = line.length() > 1 && Character.isUpperCase(line.charAt(0))
                && Character.isLowerCase(line.charAt(1));
        String said = capitalisedWord ? line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1) : line;
        return QUESTION_FRAME + said + ".";
    }

    static String noYouCan(SkillRequirement requirement) {
        return "The framework data loaded here has no \"you can\" lines for " + requirement.skill() + " at "
                + requirement.level().label() + " level. The published page has them.";
    }

    static String noDescription(String what) {
        return "The framework data loaded here has no description of " + what + ". The published page has it.";
    }

    static String grades(RoleLevel level) {
        return level.grades().isEmpty()
                ? "The framework data loaded here does not give the grades for this level. The published page may."
                : "Often performed at " + level.grades().stream().map(Grade::label).collect(Collectors.joining(" or "))
                        + ".";
    }

    /** What the draft is made from, with the data's date where the source gives one. */
    static String source(FrameworkModel model) {
        Source source = model.source();
        return source.title() + source.lastUpdated().map(d -> ", last updated " + d).orElse("");
    }

    static Link page(Role role) {
        return new Link("Read " + role.name() + " on the Capability Framework", role.url());
    }

    /** "senior-infrastructure-operations-engineer", for file names. */
    static String slug(LevelOfRole level) {
        String slug = level.level().name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "level" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
