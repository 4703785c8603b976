package uk.gov.ddat.capability.bot.conversation;

/** What a question asks for. */
public enum Intent {
    HELP,
    /** The roles, optionally filtered ("how many", "which have a management track"). */
    LIST_ROLES,
    /** The roles of one family. */
    FAMILY,
    ROLE_OVERVIEW,
    ROLE_LEVEL,
    SKILL,
    SKILL_AT_LEVEL,
    /** One skill's description at one skill level ("accessibility at practitioner"). */
    SKILL_AT_SKILL_LEVEL,
    /** Who needs a skill, optionally at one skill level ("who needs expert user focus"). */
    ROLES_WITH_SKILL,
    /** Which skills reach a skill level, in a role or anywhere ("which skills reach expert"). */
    SKILLS_AT_SKILL_LEVEL,
    /** Every skill of a role, or of the framework. */
    LIST_SKILLS,
    /** The four skill levels themselves ("is expert higher than practitioner"). */
    SKILL_SCALE,
    PROGRESSION,
    GRADE,
    /** The grades of every level of a role. */
    LIST_GRADES,
    /** Two roles side by side: shared skills, skills to gain, skills that fall away. */
    COMPARE_ROLES,
    /** Roles ranked by how many skills they share with one role. */
    CLOSEST_ROLES,
    /** Which role levels do something, from their summaries and "you will" lists. */
    DUTIES,
    SEARCH,
    TIP,
    /** When the data was published. */
    DATA_DATE,
    /** The question fits several roles or skills: ask which one. */
    CLARIFY,
    /** The role has no level of the kind asked for ("senior data scientist"). */
    NO_SUCH_LEVEL,
    /** Something the framework does not cover (pay, remote working, a cloud vendor, meeting rooms). */
    NOT_COVERED,
    UNKNOWN
}
