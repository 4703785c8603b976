package uk.gov.ddat.capability.bot.conversation;

/** What a question asks for. */
public enum Intent {
    HELP,
    LIST_ROLES,
    ROLE_OVERVIEW,
    ROLE_LEVEL,
    SKILL,
    SKILL_AT_LEVEL,
    PROGRESSION,
    GRADE,
    SEARCH,
    TIP,
    /** The question fits several roles or skills: ask which one. */
    CLARIFY,
    /** The role has no level of the kind asked for ("senior data scientist"). */
    NO_SUCH_LEVEL,
    UNKNOWN
}
