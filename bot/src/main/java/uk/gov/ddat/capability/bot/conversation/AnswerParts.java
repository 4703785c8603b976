package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Link;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Track;
import uk.gov.ddat.capability.framework.load.PublishedPages;

/** Small pieces every kind of answer uses: links, grade lists, level labels, the button limit. */
final class AnswerParts {

    static final int MAX_ACTIONS = 5;

    private AnswerParts() {
    }

    static String levelLabel(RoleLevel level) {
        return (level.track() == Track.MANAGEMENT ? "management level " : "level ") + level.position();
    }

    static String grades(List<Grade> grades, String before, String after) {
        if (grades.isEmpty()) {
            return "";
        }
        return before + grades.stream().map(Grade::label).collect(Collectors.joining(" or ")) + after;
    }

    static String noDescription(String what) {
        return "The framework data loaded here has no description of " + what + ". The published page has it.";
    }

    static Link page(Role role) {
        return new Link("Read " + role.name() + " on the Capability Framework", role.url());
    }

    static Link home() {
        return new Link("Government Digital and Data Profession Capability Framework", PublishedPages.HOME);
    }

    static Link skillsPage() {
        return new Link("Skills A to Z and the 4 skill levels, on the Capability Framework", PublishedPages.SKILLS);
    }

    static List<Action> cap(List<Action> actions) {
        return actions.size() <= MAX_ACTIONS ? actions : actions.subList(0, MAX_ACTIONS);
    }
}
