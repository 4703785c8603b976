package uk.gov.ddat.capability.bot.profile;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Intent;
import uk.gov.ddat.capability.bot.conversation.Question;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Finds the role level someone names about themselves ("senior infrastructure operations
 * engineer", "lead IOE", "lead") the way the bot reads questions, so the same names, abbreviations
 * and typos work.
 */
final class LevelFinder {

    /** How a typed level was read: one level, several to choose from, or none. */
    sealed interface Choice {
        record Found(LevelOfRole level) implements Choice {
        }

        record Choose(List<String> levels) implements Choice {
        }

        record None() implements Choice {
        }
    }

    private final ConversationEngine engine;

    LevelFinder(ConversationEngine engine) {
        this.engine = engine;
    }

    /** A bare seniority word ("lead") is read against {@code role} when given (the person's own role). */
    Choice find(String text, Optional<Role> role) {
        Question question = engine.understand(text);
        if (question.intent() == Intent.CLARIFY && !question.choices().isEmpty()) {
            return new Choice.Choose(question.choices());
        }
        if (question.role().isPresent() && question.level().isPresent() && question.toLevel().isEmpty()
                && question.role().get().levels().contains(question.level().get())) {
            return new Choice.Found(new LevelOfRole(question.role().get(), question.level().get()));
        }
        if (role.isPresent() && question.level().isEmpty()) {
            Question inRole = engine.understand(text + " " + role.get().name());
            if (inRole.role().filter(role.get()::equals).isPresent() && inRole.level().isPresent()
                    && inRole.toLevel().isEmpty()) {
                return new Choice.Found(new LevelOfRole(role.get(), inRole.level().get()));
            }
        }
        if (question.role().isPresent() && question.level().isEmpty() && !question.role().get().levels().isEmpty()) {
            return new Choice.Choose(question.role().get().levels().stream().map(RoleLevel::name).toList());
        }
        return new Choice.None();
    }

    /** Asks back which level was meant, each choice a button with {@code command} in front of it. */
    static Answer which(Choice.Choose choose, String command, Wording wording) {
        List<Action> actions = choose.levels().stream().limit(8).map(l -> new Action(l, command + " " + l)).toList();
        return new Answer("Which one?", List.of(Section.bullets("Did you mean", choose.levels()),
                Section.text("", "Say it in full, for example " + wording.command(command + " " + choose.levels().get(0))
                        + ".")), actions, Optional.empty(), Answer.Outcome.NOT_SURE);
    }
}
