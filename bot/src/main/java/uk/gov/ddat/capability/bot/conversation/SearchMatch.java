package uk.gov.ddat.capability.bot.conversation;

/**
 * One result of the engine's free-text search over names and descriptions, for callers outside
 * the conversation (the JSON API).
 *
 * @param kind  whether it names a skill or a role
 * @param name  the skill's or role's name, as in the data
 * @param score Lucene's relevance score: higher is better, comparable only within one search
 */
public record SearchMatch(Kind kind, String name, float score) {

    public enum Kind { SKILL, ROLE }
}
