package uk.gov.ddat.capability.bot.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * An interview aid for one role level: per skill, the framework's "you can" lines for the level as
 * the evidence to look for, each put in the same question ({@link FrameworkText#QUESTION_FRAME}),
 * with the scoring sheet ({@link ScoringSheet}) as files.
 */
final class InterviewAid {

    private InterviewAid() {
    }

    /** The command that makes this aid again: the level, and the skills when only some were asked for. */
    static String command(LevelOfRole level, List<SkillRequirement> subset) {
        return "interview " + level.level().name() + (subset.isEmpty() ? ""
                : ": " + subset.stream().map(SkillRequirement::skill).collect(Collectors.joining(", ")));
    }

    static Answer answer(FrameworkModel model, LevelOfRole level, List<SkillRequirement> skills) {
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", "For each skill, the evidence to look for is the framework's \"you can\" "
                + "lines for " + level.level().name() + ", each put in the same question. Score each skill on the "
                + "sheet as " + String.join(", ", ScoringSheet.RATINGS) + ". Made from: " + FrameworkText.source(model)
                + "."));
        if (skills.isEmpty()) {
            sections.add(Section.text("", "The framework lists no skills for this level."));
        }
        for (SkillRequirement skill : skills) {
            List<String> lines = FrameworkText.youCan(model, skill);
            String heading = skill.skill() + ": needs " + skill.level().label();
            sections.add(lines.isEmpty() ? Section.text(heading, FrameworkText.noYouCan(skill))
                    : new Section(heading, "Evidence to look for, in the question to ask:", List.of(),
                            lines.stream().map(FrameworkText::question).toList()));
        }
        return new Answer("Interview aid: " + level.level().name(), sections,
                List.of(new Action("Job advert draft", JobAdvert.command(level))),
                Optional.of(FrameworkText.page(level.role())));
    }
}
