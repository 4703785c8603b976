package uk.gov.ddat.capability.bot.profile;

import static uk.gov.ddat.capability.bot.profile.PersonLookup.article;
import static uk.gov.ddat.capability.bot.profile.PersonLookup.example;
import static uk.gov.ddat.capability.bot.profile.PersonLookup.roleLink;
import static uk.gov.ddat.capability.bot.profile.PersonalCommands.ASSESS;
import static uk.gov.ddat.capability.bot.profile.PersonalCommands.GAPS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Fact;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.PersonLookup.Known;
import uk.gov.ddat.capability.bot.profile.PersonalCommands.Result;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;

/**
 * The person's role level and target: {@code me} (what is kept), {@code me <level>} and "I'm a
 * lead IOE", {@code aim <level>}, and {@code my next level}.
 */
final class LevelCommands {

    private final ProfileStore store;
    private final ConversationEngine engine;
    private final Clock clock;
    private final PersonLookup lookup;
    private final LevelFinder levels;

    LevelCommands(ProfileStore store, ConversationEngine engine, Clock clock, PersonLookup lookup) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.lookup = lookup;
        this.levels = new LevelFinder(engine);
    }

    Result show(PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
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
                : lookup.date(latest.get(0).assessedAt())));
        return Result.of(new Answer("What I know about you", List.of(
                Section.facts("", facts),
                Section.text("", "Only you can see this. Change it with " + wording.command("me <your level>")
                        + " or " + wording.command("aim <level>") + "; delete it all with "
                        + wording.command("forget me") + ".")),
                personalActions(!latest.isEmpty()), Optional.of(roleLink(current.role()))));
    }

    Result setLevel(String text, PersonKey person, Wording wording) {
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

    Result setTarget(String text, PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
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

    private static Answer targetSaved(Optional<LevelOfRole> target, Wording wording, boolean next) {
        String title = target.map(t -> "Saved: you aim for " + t.level().name() + (next ? " (the next level)" : ""))
                .orElse("Saved: no target (yours is the top level of its track)");
        return new Answer(title, List.of(Section.text("", "Only you can see this. See what it takes with "
                + wording.command(GAPS) + ".")), List.of(new Action("My gaps", GAPS)), Optional.empty());
    }

    Result nextLevel(PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
        }
        LevelOfRole current = known.get().level();
        Optional<LevelOfRole> target = GapAnalysis.target(known.get().model(), known.get().profile(), current);
        if (target.isEmpty()) {
            return Result.of(new Answer(current.level().name() + " is the top of its track", List.of(
                    Section.text("", "There is no level above yours on this track. Choose one to aim for with "
                            + wording.command("aim <level>") + ".")), List.of(), Optional.of(
                    roleLink(current.role()))));
        }
        GapReport report = lookup.report(known.get(), person, 1);
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
}
