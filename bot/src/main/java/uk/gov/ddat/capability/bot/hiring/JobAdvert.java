package uk.gov.ddat.capability.bot.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.support.TextFiles;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;
import uk.gov.ddat.capability.framework.Source;

/**
 * A job advert draft for one role level, built only from the framework: the role and level
 * summaries, the "you will" lists, the grades, each skill with its level and "you can" lines, and
 * the published page. As an answer (the card) and as a Markdown file with the same content.
 */
final class JobAdvert {

    static final String DRAFT_NOTE = "A draft from the Capability Framework, not a finished advert: every "
            + "sentence below is the framework's own text for this role level. Edit it into your advert and check "
            + "it against the published page.";

    private JobAdvert() {
    }

    static String command(LevelOfRole level) {
        return "advert " + level.level().name();
    }

    static Answer answer(FrameworkModel model, LevelOfRole level) {
        Role role = level.role();
        RoleLevel at = level.level();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", DRAFT_NOTE + " Made from: " + FrameworkText.source(model) + "."));
        sections.add(Section.text("About the role", role.description().isEmpty()
                ? FrameworkText.noDescription("this role") : role.description()));
        if (!role.youWill().isEmpty()) {
            sections.add(Section.bullets("In this role, you will:", role.youWill()));
        }
        sections.add(Section.text("About the level: " + at.name(), at.summary().isEmpty()
                ? FrameworkText.noDescription("this role level") : at.summary()));
        sections.add(at.youWill().isEmpty() ? Section.text("What you will do", FrameworkText.noDescription(
                "what this role level does (its \"you will\" list)")) : Section.bullets("At this role level, you will:",
                at.youWill()));
        sections.add(Section.text("Grade", FrameworkText.grades(at)));
        sections.add(Section.text("Skills (" + at.skills().size() + ")", at.skills().isEmpty()
                ? "The framework lists no skills for this level." : ""));
        for (SkillRequirement skill : at.skills()) {
            List<String> lines = FrameworkText.youCan(model, skill);
            String heading = skill.skill() + ": " + skill.level().label();
            sections.add(lines.isEmpty() ? Section.text(heading, FrameworkText.noYouCan(skill))
                    : new Section(heading, "You can:", List.of(), lines));
        }
        return new Answer("Job advert draft: " + at.name(), sections,
                List.of(new Action("Interview aid", InterviewAid.command(level, List.of()))),
                Optional.of(FrameworkText.page(role)));
    }

    static Attachment markdown(FrameworkModel model, LevelOfRole level) {
        Role role = level.role();
        RoleLevel at = level.level();
        MarkdownDocument doc = new MarkdownDocument().heading(1, "Job advert draft: " + at.name())
                .paragraph(DRAFT_NOTE + " Made from: " + FrameworkText.source(model) + ".")
                .heading(2, "About the role")
                .paragraph(role.description().isEmpty() ? FrameworkText.noDescription("this role") : role.description());
        if (!role.youWill().isEmpty()) {
            doc.paragraph("In this role, you will:").bullets(role.youWill());
        }
        doc.heading(2, "About the level: " + at.name())
                .paragraph(at.summary().isEmpty() ? FrameworkText.noDescription("this role level") : at.summary())
                .heading(2, "What you will do");
        if (at.youWill().isEmpty()) {
            doc.paragraph(FrameworkText.noDescription("what this role level does (its \"you will\" list)"));
        } else {
            doc.paragraph("At this role level, you will:").bullets(at.youWill());
        }
        doc.heading(2, "Grade").paragraph(FrameworkText.grades(at)).heading(2, "Skills (" + at.skills().size() + ")");
        if (at.skills().isEmpty()) {
            doc.paragraph("The framework lists no skills for this level.");
        }
        for (SkillRequirement skill : at.skills()) {
            doc.heading(3, skill.skill() + ": " + skill.level().label());
            List<String> lines = FrameworkText.youCan(model, skill);
            if (lines.isEmpty()) {
                doc.paragraph(FrameworkText.noYouCan(skill));
            } else {
                doc.paragraph("You can:").bullets(lines);
            }
        }
        doc.heading(2, "Source").paragraph("Published page:", role.name() + " on the Capability Framework", role.url())
                .paragraph(Source.OGL_ATTRIBUTION);
        return new Attachment("job-advert-" + FrameworkText.slug(level) + ".md", TextFiles.MARKDOWN, doc.bytes(),
                "Job advert draft for " + at.name() + ", from the Capability Framework", Optional.of(command(level)));
    }
}
