package uk.gov.ddat.capability.bot.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Intent;
import uk.gov.ddat.capability.bot.conversation.LevelAndSkills;
import uk.gov.ddat.capability.bot.conversation.Question;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * What a hiring command asks for: a role level, read by the conversation engine (so the same names,
 * abbreviations and typos work), and the skills of it named after it; or the question back when
 * the level cannot be told.
 */
sealed interface HiringRequest {

    /** Buttons offered when asking which level: a few, the rest listed. */
    int MOST_BUTTONS = 5;

    /**
     * @param level      the role level
     * @param skills     the level's requirements for the skills named, in the order named; all of them
     *                   when none is named
     * @param subset     some skills were named
     * @param notInLevel skills named that the level does not list
     * @param unread     words that name nothing in the framework
     */
    record Found(LevelOfRole level, List<SkillRequirement> skills, boolean subset, List<String> notInLevel,
                 List<String> unread) implements HiringRequest {
    }

    /** The level could not be told: ask back. */
    record AskBack(Answer answer) implements HiringRequest {
    }

    /** Reads {@code text} (after the command word); {@code command} ("advert") goes in front of the buttons. */
    static HiringRequest read(ConversationEngine engine, String text, String command, Wording wording) {
        if (text.isBlank()) {
            return new AskBack(notFound(engine, command, wording));
        }
        LevelAndSkills read = engine.levelAndSkills(text);
        // A level's full name, as buttons and download links write it ("Data engineer: Testing").
        Optional<LevelOfRole> exact = engine.model().level(text.split(":", 2)[0]);
        if (exact.isPresent()) {
            return found(exact.get(), read);
        }
        Question question = read.question();
        if (question.intent() == Intent.CLARIFY && !question.choices().isEmpty()) {
            return new AskBack(which(question.choices(), command, wording));
        }
        Optional<Role> role = question.role();
        Optional<RoleLevel> level = question.level();
        if (role.isPresent() && level.isPresent() && role.get().levels().contains(level.get())) {
            return found(new LevelOfRole(role.get(), level.get()), read);
        }
        if (role.isPresent() && role.get().levels().isEmpty()) {
            return new AskBack(new Answer(role.get().name() + " has no role levels", List.of(Section.text("",
                    "The framework does not describe " + role.get().name() + " level by level, so there is no level "
                            + "to draw from. The published page has what it says about the role.")), List.of(),
                    Optional.of(FrameworkText.page(role.get())), Answer.Outcome.NOT_IN_DATA));
        }
        // A role named by itself ("data engineer") is its level of the same name, where it has one.
        Optional<RoleLevel> plain = role.flatMap(r -> question.intent() == Intent.NO_SUCH_LEVEL ? Optional.empty()
                : r.level(r.name()));
        if (plain.isPresent()) {
            return found(new LevelOfRole(role.get(), plain.get()), read);
        }
        if (role.isPresent()) {
            String title = question.intent() == Intent.NO_SUCH_LEVEL
                    ? role.get().name() + " has no such level: which one?" : "Which level of " + role.get().name() + "?";
            return new AskBack(levels(title, role.get(), command, wording));
        }
        return new AskBack(notFound(engine, command, wording));
    }

    private static HiringRequest found(LevelOfRole level, LevelAndSkills read) {
        List<SkillRequirement> chosen = new ArrayList<>();
        List<String> notInLevel = new ArrayList<>();
        for (Skill skill : read.skills()) {
            level.level().requirement(skill.name()).ifPresentOrElse(chosen::add, () -> notInLevel.add(skill.name()));
        }
        boolean subset = !chosen.isEmpty();
        return new Found(level, subset ? chosen : level.level().skills(), subset, notInLevel, read.unread());
    }

    private static Answer which(List<String> choices, String command, Wording wording) {
        List<Action> actions = choices.stream().limit(MOST_BUTTONS).map(c -> new Action(c, command + " " + c)).toList();
        return new Answer("Which one?", List.of(Section.bullets("Did you mean", choices),
                Section.text("", "Say the role level in full, for example " + wording.command(command + " "
                        + choices.get(0).toLowerCase(Locale.ROOT)) + ".")), actions, Optional.empty(),
                Answer.Outcome.NOT_SURE);
    }

    private static Answer levels(String title, Role role, String command, Wording wording) {
        List<String> names = role.levels().stream().map(RoleLevel::name).toList();
        List<Action> actions = names.stream().limit(MOST_BUTTONS).map(n -> new Action(n, command + " " + n)).toList();
        return new Answer(title, List.of(Section.bullets("Its levels", names), Section.text("", "For example "
                + wording.command(command + " " + names.get(0).toLowerCase(Locale.ROOT)) + ".")), actions,
                Optional.of(FrameworkText.page(role)), Answer.Outcome.NOT_SURE);
    }

    private static Answer notFound(ConversationEngine engine, String command, Wording wording) {
        String example = engine.model().roles().stream().flatMap(r -> r.levels().stream()).skip(2).findFirst()
                .or(() -> engine.model().roles().stream().flatMap(r -> r.levels().stream()).findFirst())
                .map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("senior developer");
        return new Answer("Which role level?", List.of(Section.text("", "I couldn't find that role level. Name it "
                + "as the framework does, for example " + wording.command(command + " " + example) + ".")), List.of(),
                Optional.empty(), Answer.Outcome.NOT_SURE);
    }
}
