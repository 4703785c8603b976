package uk.gov.ddat.capability.bot.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * The commands for hiring panels, the same on every platform: {@code advert <level>} (a job advert
 * draft) and {@code interview <level> [skill ...]} (an interview aid with a scoring sheet). Built
 * from the framework alone, so nothing about anyone is read or kept; each answer comes with its
 * files (Markdown, CSV), which can be made again from the command they carry.
 */
public class HiringCommands {

    /** The answer and its files. */
    public record Result(Answer answer, List<Attachment> attachments) {

        public Result {
            attachments = List.copyOf(attachments);
        }
    }

    /** No level name and its skills is this long; longer text is not read (and links stay short). */
    static final int LONGEST = 600;

    private static final Pattern ADVERT = Pattern.compile("^(?:job\\s+)?advert(?:\\s+for)?(?:\\s+(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INTERVIEW = Pattern.compile("^interview(?:\\s+aid)?(?:\\s+for)?(?:\\s+(.*))?$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final ConversationEngine engine;

    public HiringCommands(ConversationEngine engine) {
        this.engine = engine;
    }

    /** True for text this class answers (without Slack's command name). */
    public static boolean isHiring(String text) {
        String said = text == null ? "" : text.strip();
        return ADVERT.matcher(said).matches() || INTERVIEW.matcher(said).matches();
    }

    /** The advert or interview aid asked for, with its files; or a question back. Never throws on any input. */
    public Result handle(String text, Wording wording) {
        String said = text == null ? "" : text.strip();
        if (said.length() > LONGEST) {
            return new Result(new Answer("That is longer than I read", List.of(Section.text("", "Name one role level, "
                    + "and for an interview aid the skills you want, for example " + wording.command(
                    "interview senior developer: testing") + ".")), List.of(), Optional.empty(),
                    Answer.Outcome.NOT_SURE), List.of());
        }
        Matcher advert = ADVERT.matcher(said);
        if (advert.matches()) {
            return advert(rest(advert), wording);
        }
        Matcher interview = INTERVIEW.matcher(said);
        return interview.matches() ? interview(rest(interview), wording)
                : new Result(engine.answer(said, wording), List.of());
    }

    /** One file of an advert or interview aid, made again from the command it carries; empty if it no longer exists. */
    public Optional<Attachment> file(String command, String fileName) {
        try {
            return handle(command, Wording.TERMINAL).attachments().stream()
                    .filter(f -> f.fileName().equals(fileName)).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Result advert(String text, Wording wording) {
        return whenFound(text, "advert", wording, found -> {
            FrameworkModel model = engine.model();
            Answer answer = withNotes(JobAdvert.answer(model, found.level()), found, false);
            return new Result(answer, List.of(JobAdvert.markdown(model, found.level())));
        });
    }

    private Result interview(String text, Wording wording) {
        return whenFound(text, "interview", wording, found -> {
            LevelOfRole level = found.level();
            if (!found.subset() && !found.notInLevel().isEmpty()) {
                return new Result(notSkillsOf(level, found.notInLevel(), wording), List.of());
            }
            FrameworkModel model = engine.model();
            String command = InterviewAid.command(level, found.subset() ? found.skills() : List.of());
            Answer answer = withNotes(InterviewAid.answer(model, level, found.skills()), found, true);
            return new Result(answer, ScoringSheet.files(model, level, found.skills(), command));
        });
    }

    /** The level asked for, read; {@code then} answers when it is found, else the question back is the answer. */
    private Result whenFound(String text, String command, Wording wording,
                             Function<HiringRequest.Found, Result> then) {
        HiringRequest request = HiringRequest.read(engine, text, command, wording);
        return request instanceof HiringRequest.Found found ? then.apply(found)
                : new Result(((HiringRequest.AskBack) request).answer(), List.of());
    }

    private static Answer notSkillsOf(LevelOfRole level, List<String> named, Wording wording) {
        List<SkillRequirement> skills = level.level().skills();
        return new Answer("Not skills of " + level.level().name(), List.of(
                Section.text("", level.level().name() + " does not list " + String.join(", ", named)
                        + " among its skills."),
                Section.bullets("Its skills", skills.stream().map(SkillRequirement::skill).toList()),
                Section.text("", "Leave the skills out for all of them, or name some of these, for example "
                        + wording.command(InterviewAid.command(level, skills.subList(0, Math.min(1, skills.size()))))
                        + ".")),
                List.of(), Optional.of(FrameworkText.page(level.role())), Answer.Outcome.NOT_SURE);
    }

    /** Says which words were not read, and which skills named the level does not have, before the answer. */
    private static Answer withNotes(Answer answer, HiringRequest.Found found, boolean readsSkills) {
        List<String> notes = new ArrayList<>();
        if (readsSkills && !found.notInLevel().isEmpty()) {
            notes.add(found.level().level().name() + " does not list " + String.join(", ", found.notInLevel())
                    + " among its skills, so they are left out.");
        }
        if (!found.unread().isEmpty()) {
            notes.add("I read this as " + found.level().level().name() + " and did not recognise: "
                    + String.join(" ", found.unread()) + ".");
        }
        if (notes.isEmpty()) {
            return answer;
        }
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("Note", String.join(" ", notes)));
        sections.addAll(answer.sections());
        return new Answer(answer.title(), sections, answer.actions(), answer.link(), answer.outcome());
    }

    private static String rest(Matcher matcher) {
        return matcher.group(1) == null ? "" : matcher.group(1).strip();
    }
}
