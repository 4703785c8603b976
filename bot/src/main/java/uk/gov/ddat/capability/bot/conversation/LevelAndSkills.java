package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Objects;

import uk.gov.ddat.capability.framework.Skill;

/**
 * A text naming a role level and some of its skills ("senior IOE incident management, testing"),
 * read the way questions are: typos, abbreviations and partial names work the same.
 *
 * @param question the text understood as a question: its role and level (or the roles to choose
 *                 between, or the level the role lacks)
 * @param skills   every skill named, in the order written, each once
 * @param unread   words that name nothing the framework has (not stopwords), as typed in lower case
 */
public record LevelAndSkills(Question question, List<Skill> skills, List<String> unread) {

    public LevelAndSkills {
        Objects.requireNonNull(question, "question");
        skills = List.copyOf(skills);
        unread = List.copyOf(unread);
    }
}
