package uk.gov.ddat.capability.bot.profile;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Wording;

/**
 * The commands about oneself, the same on every platform: {@code me [level]} and "I'm a lead
 * IOE" (the role level), {@code aim [level]} (the target), {@code my skills}, {@code my gaps},
 * {@code my next level}, {@code assess} (the self-assessment form), {@code export} and
 * {@code forget me}. Everything here is shown to the person alone; nothing is logged.
 *
 * <p>This class recognises the command and hands it on: {@link LevelCommands} (level and
 * target), {@link GapCommands} (gaps, chart and files), {@link AssessmentCommands} (the form and
 * what is submitted), all finding the person through {@link PersonLookup}.
 */
public class PersonalCommands {

    /** The answer, with the form to open or the files to send, if any. */
    public record Result(Answer answer, Optional<AssessmentForm> form, List<Attachment> attachments) {

        public Result {
            attachments = List.copyOf(attachments);
        }

        static Result of(Answer answer) {
            return new Result(answer, Optional.empty(), List.of());
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ME = Pattern.compile("^me(?:\\s+(.*))?$");
    private static final Pattern AIM = Pattern.compile("^aim(?:\\s+(?:for\\s+|at\\s+)?(.*))?$");
    /** "I'm a lead IOE": a statement of what one is, nothing more (a question goes to the engine). */
    private static final Pattern I_AM = Pattern.compile("^(?:i'm|i’m|im|i am)\\s+(?:an?\\s+)?([^?]+?)[.!]?$");
    /** Words that make "I'm a senior ..." a question for the engine rather than a statement to save. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "which", "why", "when",
            "where", "who", "need", "needs", "next", "get", "promotion", "promoted", "become", "do", "does", "can",
            "should", "skills", "grade", "compare", "to", "and", "but", "want", "looking", "moving", "move");
    private static final Pattern MY = Pattern.compile(
            "\\bmy\\s+(skills|gaps?|next\\s+(?:level|step|role)|level|profile|assessment|target)\\b");
    static final String ASSESS = "assess";
    static final String GAPS = "my gaps";

    private final ProfileStore store;
    private final LevelCommands levels;
    private final GapCommands gaps;
    private final AssessmentCommands assessments;

    public PersonalCommands(ProfileStore store, ConversationEngine engine, GapChart chart, GapExport export,
                            Clock clock, ZoneId zone) {
        PersonLookup lookup = new PersonLookup(store, engine, zone);
        this.store = store;
        this.levels = new LevelCommands(store, engine, clock, lookup);
        this.gaps = new GapCommands(lookup, chart, export);
        this.assessments = new AssessmentCommands(store, clock, lookup, gaps);
    }

    /** True for text this class answers: it reads or writes the person's own data. */
    public static boolean isPersonal(String text) {
        String said = fold(text);
        return ME.matcher(said).matches() || AIM.matcher(said).matches() || said.equals(ASSESS)
                || said.equals("export") || said.equals("forget me") || MY.matcher(said).find()
                || isStatementOfLevel(said);
    }

    private static boolean isStatementOfLevel(String said) {
        Matcher iAm = I_AM.matcher(said);
        if (!iAm.matches() || said.contains("?") || said.contains(",")) {
            return false;
        }
        String[] words = SPACES.split(iAm.group(1));
        return words.length <= 7 && Arrays.stream(words).noneMatch(QUESTION_WORDS::contains);
    }

    /** True for the command whose answer is the self-assessment form. */
    public static boolean opensForm(String text) {
        return fold(text).equals(ASSESS);
    }

    /** Answers a personal command for {@code person}; the database is read and written here. */
    public Result handle(String text, PersonKey person, Wording wording) {
        String said = fold(text);
        Matcher me = ME.matcher(said);
        if (me.matches()) {
            return me.group(1) == null || me.group(1).isBlank() ? levels.show(person, wording)
                    : levels.setLevel(me.group(1), person, wording);
        }
        Matcher aim = AIM.matcher(said);
        if (aim.matches()) {
            return levels.setTarget(aim.group(1) == null ? "" : aim.group(1), person, wording);
        }
        if (said.equals(ASSESS)) {
            return assessments.form(person, wording);
        }
        if (said.equals("export")) {
            return gaps.export(person, wording);
        }
        if (said.equals("forget me")) {
            return forget(person);
        }
        Matcher my = MY.matcher(said);
        if (my.find()) {
            String what = SPACES.matcher(my.group(1)).replaceAll(" ");
            return switch (what) {
                case "skills", "gaps", "gap", "assessment" -> gaps.gaps(person, wording, what.equals("skills"));
                case "next level", "next step", "next role" -> levels.nextLevel(person, wording);
                default -> levels.show(person, wording);
            };
        }
        Matcher iAm = I_AM.matcher(said);
        if (isStatementOfLevel(said) && iAm.matches()) {
            return levels.setLevel(iAm.group(1), person, wording);
        }
        return levels.show(person, wording);
    }

    /**
     * Checks and keeps a submitted self-assessment, then answers with the gaps and the chart. A
     * submission that names a skill the person's level does not have, a value that is not a
     * level, or a form made for another level is refused and nothing is saved.
     */
    public Result submit(AssessmentAnswers answers, PersonKey person, Wording wording) {
        return assessments.submit(answers, person, wording);
    }

    /**
     * One of the person's files (their chart or an export), made afresh from what is stored now;
     * empty if it no longer exists (nothing assessed, or they asked to be forgotten).
     */
    public Optional<Attachment> file(PersonKey person, String fileName) {
        return gaps.file(person, fileName);
    }

    private Result forget(PersonKey person) {
        ProfileStore.Forgotten gone = store.forget(person);
        if (gone.total() == 0) {
            return Result.of(new Answer("I had nothing stored about you", List.of(Section.text("",
                    "There was no role level or self-assessment of yours to delete.")), List.of(), Optional.empty()));
        }
        List<String> what = new ArrayList<>();
        if (gone.profiles() > 0) {
            what.add("your role level and target");
        }
        if (gone.assessments() > 0) {
            what.add(gone.assessments() == 1 ? "1 self-assessment" : gone.assessments() + " self-assessments");
        }
        return Result.of(new Answer("Deleted everything I kept about you", List.of(Section.text("",
                "Deleted " + String.join(" and ", what) + ". Nothing about you is stored now.")),
                List.of(), Optional.empty()));
    }

    private static String fold(String text) {
        return SPACES.matcher((text == null ? "" : text).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
