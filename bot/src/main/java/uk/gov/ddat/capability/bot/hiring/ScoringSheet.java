package uk.gov.ddat.capability.bot.hiring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.TextFiles;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Source;

/**
 * The interview scoring sheet: one row per skill, with the level the role level needs and a
 * column for each of the five ratings, as CSV for a spreadsheet and as Markdown to print; the
 * Markdown also holds the evidence and questions of the interview aid.
 */
final class ScoringSheet {

    /** "Not yet", then the framework's four skill levels in their order. */
    static final List<String> RATINGS = Stream.concat(Stream.of("Not yet"),
            Arrays.stream(SkillLevel.values()).map(SkillLevel::title)).toList();

    private ScoringSheet() {
    }

    static List<Attachment> files(FrameworkModel model, LevelOfRole level, List<SkillRequirement> skills,
                                  String command) {
        return List.of(csv(level, skills, command), markdown(model, level, skills, command));
    }

    private static List<String> header(LevelOfRole level) {
        List<String> header = new ArrayList<>(List.of("Skill", "Needed at " + level.level().name()));
        header.addAll(RATINGS);
        header.add("Evidence heard");
        return header;
    }

    private static List<List<String>> rows(List<SkillRequirement> skills) {
        return skills.stream().map(skill -> {
            List<String> row = new ArrayList<>(List.of(skill.skill(), skill.level().title()));
            RATINGS.forEach(rating -> row.add(""));
            row.add("");
            return (List<String>) row;
        }).toList();
    }

    static Attachment csv(LevelOfRole level, List<SkillRequirement> skills, String command) {
        StringBuilder out = new StringBuilder(TextFiles.BYTE_ORDER_MARK);
        TextFiles.csvLine(out, header(level));
        rows(skills).forEach(row -> TextFiles.csvLine(out, row));
        return new Attachment(fileName(level, "csv"), TextFiles.CSV, out.toString().getBytes(StandardCharsets.UTF_8),
                description(level), Optional.of(command));
    }

    static Attachment markdown(FrameworkModel model, LevelOfRole level, List<SkillRequirement> skills,
                               String command) {
        MarkdownDocument doc = new MarkdownDocument().heading(1, "Interview scoring sheet: " + level.level().name())
                .paragraph("Candidate: ________   Interviewer: ________   Date: ________")
                .paragraph("Mark one rating per skill: " + String.join(", ", RATINGS) + " (the framework's four "
                        + "skill levels, and not yet). Made from: " + FrameworkText.source(model) + ".")
                .table(header(level), rows(skills))
                .heading(2, "Evidence to look for");
        for (SkillRequirement skill : skills) {
            doc.heading(3, skill.skill() + ": needs " + skill.level().label());
            List<String> lines = FrameworkText.youCan(model, skill);
            if (lines.isEmpty()) {
                doc.paragraph(FrameworkText.noYouCan(skill));
            } else {
                doc.paragraph("You can:").bullets(lines).paragraph("Ask:")
                        .bullets(lines.stream().map(FrameworkText::question).toList());
            }
        }
        doc.heading(2, "Source").paragraph("Published page:", level.role().name() + " on the Capability Framework",
                level.role().url()).paragraph(Source.OGL_ATTRIBUTION);
        return new Attachment(fileName(level, "md"), TextFiles.MARKDOWN, doc.bytes(), description(level),
                Optional.of(command));
    }

    private static String fileName(LevelOfRole level, String extension) {
        return "interview-scoring-" + FrameworkText.slug(level) + "." + extension;
    }

    private static String description(LevelOfRole level) {
        return "Interview scoring sheet for " + level.level().name() + ", from the Capability Framework";
    }
}
