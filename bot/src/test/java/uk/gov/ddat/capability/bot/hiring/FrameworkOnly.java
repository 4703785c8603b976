package uk.gov.ddat.capability.bot.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * Checks that an advert or interview aid says nothing of its own: every paragraph and bullet is
 * the framework's text for the level (a question is the fixed frame around a "you can" line), or
 * one of the fixed sentences made for it from names, levels and grades.
 */
final class FrameworkOnly {

    private FrameworkOnly() {
    }

    static void assertFrameworkOnly(Answer answer, FrameworkModel model, LevelOfRole level) {
        Set<String> framework = new HashSet<>();
        framework.add(level.role().description());
        framework.addAll(level.role().youWill());
        framework.add(level.level().summary());
        framework.addAll(level.level().youWill());
        Set<String> fixed = new HashSet<>(List.of(
                JobAdvert.DRAFT_NOTE + " Made from: " + FrameworkText.source(model) + ".",
                FrameworkText.noDescription("this role"), FrameworkText.noDescription("this role level"),
                FrameworkText.noDescription("what this role level does (its \"you will\" list)"),
                FrameworkText.grades(level.level()), "You can:", "Evidence to look for, in the question to ask:",
                "The framework lists no skills for this level.",
                "For each skill, the evidence to look for is the framework's \"you can\" lines for "
                        + level.level().name() + ", each put in the same question. Score each skill on the sheet as "
                        + String.join(", ", ScoringSheet.RATINGS) + ". Made from: " + FrameworkText.source(model)
                        + "."));
        Set<String> lines = new HashSet<>();
        for (SkillRequirement skill : level.level().skills()) {
            fixed.add(FrameworkText.noYouCan(skill));
            lines.addAll(FrameworkText.youCan(model, skill));
        }
        List<String> said = new ArrayList<>();
        for (Answer.Section section : answer.sections()) {
            if (!section.heading().equals("Note")) {
                said.add(section.text());
                said.addAll(section.bullets());
            }
        }
        for (String text : said) {
            if (text.isEmpty() || framework.contains(text) || fixed.contains(text) || lines.contains(text)) {
                continue;
            }
            assertThat(text).as("a question around a \"you can\" line").startsWith(FrameworkText.QUESTION_FRAME)
                    .endsWith(".");
            String line = text.substring(FrameworkText.QUESTION_FRAME.length(), text.length() - 1);
            assertThat(lines.stream().anyMatch(l -> l.equals(line) || l.equalsIgnoreCase(line)))
                    .as("\"%s\" is a \"you can\" line of %s", line, level.level().name()).isTrue();
        }
        // And each line the level has is there, in full.
        String all = String.join("\n", said);
        lines.forEach(line -> assertThat(all).contains(line.substring(1)));
    }
}
