package uk.gov.ddat.capability.bot.conversation;

import java.util.List;

/**
 * What a question asks besides the things it names, typed by what it is: one meaning per type,
 * where a single string once meant search words, a missing level, a topic or a choice.
 */
sealed interface Detail {

    /** Nothing more. */
    Detail NONE = new None();

    record None() implements Detail {
    }

    /** "search <words>" or a last-resort search: the words, and what searching for them found (once). */
    record Search(String words, List<FrameworkSearch.Hit> hits) implements Detail {
        public Search {
            hits = List.copyOf(hits);
        }
    }

    /** "who writes the roadmaps": the words of the duty, and the description lines that say it (found once). */
    record Duties(String words, List<FrameworkSearch.LineHit> hits) implements Detail {
        public Duties {
            hits = List.copyOf(hits);
        }
    }

    /** A level word the role has no level for (NO_SUCH_LEVEL), as typed. */
    record MissingLevel(String word) implements Detail {
    }

    /** A topic the framework does not cover (NOT_COVERED). */
    record Uncovered(NotCoveredRule.Topic topic) implements Detail {
    }

    /** What the choices of a question asked back are (CLARIFY). */
    enum Choosing implements Detail {
        ROLE("role"), SKILL("skill");

        final String noun;

        Choosing(String noun) {
            this.noun = noun;
        }
    }

    /** Which part of a list or of the skill scale is asked (LIST_ROLES, LIST_SKILLS, SKILL_SCALE). */
    enum Aspect implements Detail {
        COUNT, MANAGEMENT_TRACK, LOWEST, HIGHEST, AFTER, BEFORE, COMPARE
    }
}
