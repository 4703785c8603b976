package uk.gov.ddat.capability.bot.profile;

import static uk.gov.ddat.capability.bot.profile.PersonalCommands.ASSESS;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.PersonLookup.Known;
import uk.gov.ddat.capability.bot.profile.PersonalCommands.Result;

/**
 * The person's gaps and the files made from them: {@code my gaps} and {@code my skills} (with the
 * chart), {@code export} (CSV and Markdown), and each file again by name for a download link.
 */
final class GapCommands {

    private static final Logger log = LoggerFactory.getLogger(GapCommands.class);

    private final PersonLookup lookup;
    private final GapChart chart;
    private final GapExport export;

    GapCommands(PersonLookup lookup, GapChart chart, GapExport export) {
        this.lookup = lookup;
        this.chart = chart;
        this.export = export;
    }

    Result gaps(PersonKey person, Wording wording, boolean skillsOnly) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
        }
        GapReport report = lookup.report(known.get(), person, 2);
        Answer answer = GapAnswers.answer(report, wording, skillsOnly, lookup::date);
        List<Attachment> files = report.assessed() && !skillsOnly ? chart(report, person.platform()) : List.of();
        return new Result(answer, Optional.empty(), files);
    }

    Result export(PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
        }
        GapReport report = lookup.report(known.get(), person, 2);
        if (!report.assessed()) {
            return Result.of(new Answer("Nothing to export yet", List.of(Section.text("",
                    "Assess your skills first with " + wording.command(ASSESS) + "; then "
                            + wording.command("export") + " gives you the assessment and your gaps as files.")),
                    List.of(new Action("Assess my skills", ASSESS)), Optional.empty()));
        }
        Answer gaps = GapAnswers.answer(report, wording, false, lookup::date);
        return new Result(new Answer("Your skills and gaps, to take to your conversation", gaps.sections(),
                List.of(), gaps.link()), Optional.empty(), List.of(export.csv(report), export.markdown(report)));
    }

    /** See {@link PersonalCommands#file}. */
    Optional<Attachment> file(PersonKey person, String fileName) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        GapReport report = lookup.report(known.get(), person, 2);
        if (!report.assessed()) {
            return Optional.empty();
        }
        // Only the file asked for is made: each name ends as GapWording gives it (.png, .csv, .md).
        Supplier<List<Attachment>> made = fileName.endsWith(".png") ? () -> chart(report, person.platform())
                : fileName.endsWith(".csv") ? () -> List.of(export.csv(report))
                : fileName.endsWith(".md") ? () -> List.of(export.markdown(report)) : List::of;
        return made.get().stream().filter(f -> f.fileName().equals(fileName)).findFirst();
    }

    /**
     * The chart, if it can be drawn: the answer says the same in words, so a failure to draw
     * (a machine without fonts, say) costs only the picture. Teams shows it inside a card, which
     * must stay under about 28 KB, so it gets the compact size.
     */
    private List<Attachment> chart(GapReport report, Platform platform) {
        try {
            return List.of(chart.render(report, platform == Platform.TEAMS ? GapChart.Size.COMPACT
                    : GapChart.Size.STANDARD));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            log.warn("Could not draw the gap chart ({})", e.getClass().getName());
            return List.of();
        }
    }
}
