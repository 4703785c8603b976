package uk.gov.ddat.capability.bot.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Link;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * The commands about oneself, the same on every platform: {@code me [level]} and "I'm a lead
 * IOE" (the role level), {@code aim [level]} (the target), {@code my skills}, {@code my gaps},
 * {@code my next level}, {@code assess} (the self-assessment form), {@code export} and
 * {@code forget me}. Everything here is shown to the person alone; nothing is logged.
 */
public class PersonalCommands {

    /** The answer, with the form to open or the files to send, if any. */
    public record Result(Answer answer, Optional<AssessmentForm> form, List<Attachment> attachments) {

        public Result {
            attachments = List.copyOf(attachments);
        }

        public static Result of(Answer answer) {
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
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final String ASSESS = "assess";
    private static final String GAPS = "my gaps";

    private static final Logger log = LoggerFactory.getLogger(PersonalCommands.class);

    private final ProfileStore store;
    private final ConversationEngine engine;
    private final GapChart chart;
    private final GapExport export;
    private final Clock clock;
    private final ZoneId zone;
    private final LevelFinder levels;

    public PersonalCommands(ProfileStore store, ConversationEngine engine, GapChart chart, GapExport export,
                            Clock clock, ZoneId zone) {
        this.store = store;
        this.engine = engine;
        this.chart = chart;
        this.export = export;
        this.clock = clock;
        this.zone = zone;
        this.levels = new LevelFinder(engine);
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
            return me.group(1) == null || me.group(1).isBlank() ? show(person, wording)
                    : setLevel(me.group(1), person, wording);
        }
        Matcher aim = AIM.matcher(said);
        if (aim.matches()) {
            return setTarget(aim.group(1) == null ? "" : aim.group(1), person, wording);
        }
        if (said.equals(ASSESS)) {
            return form(person, wording);
        }
        if (said.equals("export")) {
            return export(person, wording);
        }
        if (said.equals("forget me")) {
            return forget(person);
        }
        Matcher my = MY.matcher(said);
        if (my.find()) {
            String what = SPACES.matcher(my.group(1)).replaceAll(" ");
            return switch (what) {
                case "skills", "gaps", "gap", "assessment" -> gaps(person, wording, what.equals("skills"));
                case "next level", "next step", "next role" -> nextLevel(person, wording);
                default -> show(person, wording);
            };
        }
        Matcher iAm = I_AM.matcher(said);
        if (isStatementOfLevel(said) && iAm.matches()) {
            return setLevel(iAm.group(1), person, wording);
        }
        return show(person, wording);
    }

    /**
     * Checks and keeps a submitted self-assessment, then answers with the gaps and the chart. A
     * submission that names a skill the person's level does not have, a value that is not a
     * level, or a form made for another level is refused and nothing is saved.
     */
    public Result submit(AssessmentAnswers answers, PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return refused("I don't know your role level, so I couldn't save that assessment.", wording);
        }
        RoleLevel level = known.get().level().level();
        if (!level.name().equals(answers.level())) {
            return refused("That form was for another role level than yours (" + level.name()
                    + "), so I didn't save it. Here is a fresh one: " + wording.command(ASSESS) + ".", wording);
        }
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        for (SkillRequirement requirement : level.skills()) {
            String code = answers.ratings().get(requirement.skill());
            if (code != null) {
                Optional<SelfLevel> rated = SelfLevel.fromCode(code);
                if (rated.isEmpty()) {
                    return refused("One of the answers is not a skill level, so I didn't save the assessment.",
                            wording);
                }
                ratings.put(requirement.skill(), rated.get());
            }
        }
        if (ratings.size() != answers.ratings().size()) {
            return refused("That assessment names a skill that " + level.name()
                    + " does not need, so I didn't save it.", wording);
        }
        if (ratings.isEmpty()) {
            return refused("That assessment rated no skills, so there was nothing to save.", wording);
        }
        if (!store.saveAssessment(new Assessment(person, known.get().level().role().name(), level.name(), clock.instant(),
                ratings))) {
            // Their profile went ("forget me") while this was on its way.
            return refused("I don't know your role level, so I couldn't save that assessment.", wording);
        }
        Result gaps = gaps(person, wording, false);
        Answer saved = gaps.answer();
        return new Result(new Answer("Saved your self-assessment. " + saved.title(), saved.sections(),
                saved.actions(), saved.link()), Optional.empty(), gaps.attachments());
    }

    /**
     * One of the person's files (their chart or an export), made afresh from what is stored now;
     * empty if it no longer exists (nothing assessed, or they asked to be forgotten).
     */
    public Optional<Attachment> file(PersonKey person, String fileName) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        GapReport report = report(known.get(), person, 2);
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

    private Result show(PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        Profile profile = known.get().profile();
        LevelOfRole current = known.get().level();
        Optional<LevelOfRole> target = GapAnalysis.target(known.get().model(), profile, current);
        List<Assessment> latest = store.latestAssessments(person, 1);
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Your role level", current.level().name()));
        facts.add(new Fact("Aiming for", target.map(t -> t.level().name()
                + (profile.targetLevel().isEmpty() ? " (the next level)" : "")).orElse("no level above yours")));
        facts.add(new Fact("Last self-assessment", latest.isEmpty() ? "none yet"
                : date(latest.get(0).assessedAt())));
        return Result.of(new Answer("What I know about you", List.of(
                Section.facts("", facts),
                Section.text("", "Only you can see this. Change it with " + wording.command("me <your level>")
                        + " or " + wording.command("aim <level>") + "; delete it all with "
                        + wording.command("forget me") + ".")),
                personalActions(!latest.isEmpty()), Optional.of(roleLink(current.role()))));
    }

    private Result setLevel(String text, PersonKey person, Wording wording) {
        FrameworkModel model = engine.model();
        LevelFinder.Choice choice = levels.find(text, Optional.empty());
        if (choice instanceof LevelFinder.Choice.Choose choose) {
            return Result.of(LevelFinder.which(choose, "me", wording));
        }
        if (!(choice instanceof LevelFinder.Choice.Found found)) {
            return Result.of(new Answer("Which role level are you?", List.of(Section.text("",
                    "I couldn't find that role level. Say it as the framework names it, for example "
                            + wording.command("me " + example(model)) + ".")),
                    List.of(), Optional.empty(), Answer.Outcome.NOT_SURE));
        }
        LevelOfRole level = found.level();
        Optional<Profile> before = store.profile(person);
        // A target chosen on the same track stays if it is still above the new level.
        Optional<String> keptTarget = before.flatMap(Profile::targetLevel)
                .filter(t -> level.role().level(t).map(l -> l.track() == level.level().track()
                        && l.position() > level.level().position()).orElse(false));
        Profile profile = new Profile(person, level.role().name(), level.level().name(), keptTarget, clock.instant());
        store.saveProfile(profile);
        Optional<LevelOfRole> target = GapAnalysis.target(model, profile, level);
        String aim = target.map(t -> " I'll take " + t.level().name() + " as your next step; change it with "
                + wording.command("aim <level>") + ".").orElse(" It is the top of its track.");
        return Result.of(new Answer("Saved: you are " + article(level.level().name()), List.of(
                Section.text("", "Only you can see this." + aim),
                Section.text("Next", "Assess your skills against " + level.level().name() + " with "
                        + wording.command(ASSESS) + ", then see your gaps with " + wording.command(GAPS) + ".")),
                List.of(new Action("Assess my skills", ASSESS), new Action("My next level", "my next level")),
                Optional.of(roleLink(level.role()))));
    }

    private Result setTarget(String text, PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        Profile profile = known.get().profile();
        LevelOfRole current = known.get().level();
        FrameworkModel model = known.get().model();
        if (text.isBlank() || text.equals("next") || text.equals("next level")) {
            Profile next = new Profile(person, profile.role(), profile.level(), Optional.empty(),
                    clock.instant());
            store.saveProfile(next);
            return Result.of(targetSaved(GapAnalysis.target(model, next, current), wording, true));
        }
        LevelFinder.Choice choice = levels.find(text, Optional.of(current.role()));
        if (choice instanceof LevelFinder.Choice.Choose choose) {
            return Result.of(LevelFinder.which(choose, "aim", wording));
        }
        if (!(choice instanceof LevelFinder.Choice.Found found)) {
            return Result.of(new Answer("Which level do you aim for?", List.of(Section.text("",
                    "I couldn't find that role level. For example: " + wording.command("aim lead") + ".")),
                    List.of(), Optional.empty(), Answer.Outcome.NOT_SURE));
        }
        Profile updated = new Profile(person, profile.role(), profile.level(),
                Optional.of(found.level().level().name()), clock.instant());
        store.saveProfile(updated);
        return Result.of(targetSaved(Optional.of(found.level()), wording, false));
    }

    private Answer targetSaved(Optional<LevelOfRole> target, Wording wording, boolean next) {
        String title = target.map(t -> "Saved: you aim for " + t.level().name() + (next ? " (the next level)" : ""))
                .orElse("Saved: no target (yours is the top level of its track)");
        return new Answer(title, List.of(Section.text("", "Only you can see this. See what it takes with "
                + wording.command(GAPS) + ".")), List.of(new Action("My gaps", GAPS)), Optional.empty());
    }

    private Result gaps(PersonKey person, Wording wording, boolean skillsOnly) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        GapReport report = report(known.get(), person, 2);
        Answer answer = GapAnswers.answer(report, wording, skillsOnly, this::date);
        List<Attachment> files = report.assessed() && !skillsOnly ? chart(report, person.platform()) : List.of();
        return new Result(answer, Optional.empty(), files);
    }

    private Result nextLevel(PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        LevelOfRole current = known.get().level();
        Optional<LevelOfRole> target = GapAnalysis.target(known.get().model(), known.get().profile(), current);
        if (target.isEmpty()) {
            return Result.of(new Answer(current.level().name() + " is the top of its track", List.of(
                    Section.text("", "There is no level above yours on this track. Choose one to aim for with "
                            + wording.command("aim <level>") + ".")), List.of(), Optional.of(
                    roleLink(current.role()))));
        }
        GapReport report = report(known.get(), person, 1);
        // What the framework says about the step, exactly as the bot answers "compare X to Y".
        Answer step = engine.answer("compare " + current.level().name() + " to "
                + target.get().level().name(), wording);
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("You", GapAnswers.summary(report)));
        sections.addAll(step.sections());
        List<Action> actions = new ArrayList<>(List.of(new Action("My gaps", GAPS)));
        if (!report.assessed()) {
            actions.add(0, new Action("Assess my skills", ASSESS));
        }
        return Result.of(new Answer("Your next step: " + target.get().level().name(), sections, actions, step.link()));
    }

    private Result form(PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        LevelOfRole current = known.get().level();
        RoleLevel level = current.level();
        if (level.skills().isEmpty()) {
            return Result.of(new Answer("No skills to assess", List.of(Section.text("", "The framework lists no "
                    + "skills for " + level.name() + ", so there is nothing to assess against. The published page "
                    + "may say more.")), List.of(), Optional.of(roleLink(current.role())),
                    Answer.Outcome.NOT_IN_DATA));
        }
        Map<String, SelfLevel> last = store.latestAssessments(person, 1).stream().findFirst()
                .map(Assessment::ratings).orElse(Map.of());
        List<AssessmentForm.Item> items = level.skills().stream()
                .map(s -> new AssessmentForm.Item(s.skill(), s.level(), Optional.ofNullable(last.get(s.skill()))))
                .toList();
        AssessmentForm form = new AssessmentForm(current.role().name(), level.name(), items);
        Answer answer = new Answer("Assess your skills as " + article(level.name()), List.of(Section.text("",
                "Rate yourself on each of the " + items.size() + " skills " + level.name() + " needs. "
                        + "Only you see your answers; each assessment is kept with its date.")),
                List.of(new Action("Assess my skills", ASSESS)), Optional.empty());
        return new Result(answer, Optional.of(form), List.of());
    }

    private Result export(PersonKey person, Wording wording) {
        Optional<Known> known = known(person);
        if (known.isEmpty()) {
            return unknown(person, wording);
        }
        GapReport report = report(known.get(), person, 2);
        if (!report.assessed()) {
            return Result.of(new Answer("Nothing to export yet", List.of(Section.text("",
                    "Assess your skills first with " + wording.command(ASSESS) + "; then "
                            + wording.command("export") + " gives you the assessment and your gaps as files.")),
                    List.of(new Action("Assess my skills", ASSESS)), Optional.empty()));
        }
        Answer gaps = GapAnswers.answer(report, wording, false, this::date);
        return new Result(new Answer("Your skills and gaps, to take to your conversation", gaps.sections(),
                List.of(), gaps.link()), Optional.empty(), List.of(export.csv(report), export.markdown(report)));
    }

    private Result forget(PersonKey person) {
        ProfileStore.Forgotten gone = store.forget(person);
        if (gone.total() == 0) {
            return Result.of(new Answer("I had nothing stored about you", List.of(Section.text("",
                    "There was no role level, self-assessment or share of yours to delete.")), List.of(), Optional.empty()));
        }
        List<String> what = new ArrayList<>();
        if (gone.profiles() > 0) {
            what.add("your role level and target");
        }
        if (gone.assessments() > 0) {
            what.add(gone.assessments() == 1 ? "1 self-assessment" : gone.assessments() + " self-assessments");
        }
        if (gone.shares() > 0) {
            what.add(gone.shares() == 1 ? "1 share (yours or someone's with you)"
                    : gone.shares() + " shares (yours and others' with you)");
        }
        return Result.of(new Answer("Deleted everything I kept about you", List.of(Section.text("",
                "Deleted " + String.join(" and ", what) + ". Nothing about you is stored now.")),
                List.of(), Optional.empty()));
    }

    private Result refused(String why, Wording wording) {
        return Result.of(new Answer("Your assessment was not saved", List.of(Section.text("", why)),
                List.of(new Action("Assess my skills", ASSESS)), Optional.empty(), Answer.Outcome.NOT_SURE));
    }

    /** The person's profile and their level in the framework now serving. */
    private record Known(Profile profile, LevelOfRole level, FrameworkModel model) {
    }

    /** Who the person is in the current framework; empty if they never said, or their level has gone. */
    private Optional<Known> known(PersonKey person) {
        FrameworkModel model = engine.model();
        return store.profile(person)
                .flatMap(p -> GapAnalysis.level(model, p).map(level -> new Known(p, level, model)));
    }

    /** Their gaps, against their latest {@code assessments} assessments (newest first). */
    private GapReport report(Known known, PersonKey person, int assessments) {
        return GapAnalysis.report(known.model(), known.profile(), known.level(),
                store.latestAssessments(person, assessments));
    }

    /** What to say when {@link #known} finds no one. */
    private Result unknown(PersonKey person, Wording wording) {
        return Result.of(store.profile(person).map(p -> levelGone(p, wording)).orElseGet(() -> noLevelYet(wording)));
    }

    private Answer noLevelYet(Wording wording) {
        return new Answer("I don't know your role level yet", List.of(Section.text("",
                "Tell me with " + wording.command("me " + example(engine.model())) + " (only you see it). "
                        + "Then assess your skills with " + wording.command(ASSESS) + " and see your gaps with "
                        + wording.command(GAPS) + ".")), List.of(), Optional.empty());
    }

    private static Answer levelGone(Profile profile, Wording wording) {
        return new Answer("Your role level is no longer in the framework", List.of(Section.text("",
                "You said you are " + article(profile.level()) + ", which the current framework does not have. "
                        + "Tell me your level again with " + wording.command("me <your level>") + ".")),
                List.of(), Optional.empty(), Answer.Outcome.NOT_IN_DATA);
    }

    private static List<Action> personalActions(boolean assessed) {
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(assessed ? "Assess again" : "Assess my skills", ASSESS));
        actions.add(new Action("My gaps", GAPS));
        actions.add(new Action("My next level", "my next level"));
        if (assessed) {
            actions.add(new Action("Export", "export"));
        }
        return actions;
    }

    private static String example(FrameworkModel model) {
        return model.roles().stream().flatMap(r -> r.levels().stream()).skip(2).findFirst()
                .or(() -> model.roles().stream().flatMap(r -> r.levels().stream()).findFirst())
                .map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("senior developer");
    }

    private static Link roleLink(Role role) {
        return new Link(role.name() + " on the published framework", role.url());
    }

    private static String article(String levelName) {
        String lower = levelName.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    private static String fold(String text) {
        return SPACES.matcher((text == null ? "" : text).strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
