package uk.gov.ddat.capability.bot.profile;

import static uk.gov.ddat.capability.bot.profile.PersonalCommands.ASSESS;
import static uk.gov.ddat.capability.bot.profile.PersonalCommands.GAPS;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Link;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.Role;

/**
 * Finds who the person is in the framework now serving, from their stored profile, and says so
 * when it cannot: the start of every personal command but "me &lt;level&gt;" and "forget me".
 */
final class PersonLookup {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The person's profile and their level in the framework now serving. */
    record Known(Profile profile, LevelOfRole level, FrameworkModel model) {
    }

    private final ProfileStore store;
    private final ConversationEngine engine;
    private final ZoneId zone;

    PersonLookup(ProfileStore store, ConversationEngine engine, ZoneId zone) {
        this.store = store;
        this.engine = engine;
        this.zone = zone;
    }

    /** Who the person is in the current framework; empty if they never said, or their level has gone. */
    Optional<Known> known(PersonKey person) {
        FrameworkModel model = engine.model();
        return store.profile(person)
                .flatMap(p -> GapAnalysis.level(model, p).map(level -> new Known(p, level, model)));
    }

    /** Their gaps, against their latest {@code assessments} assessments (newest first). */
    GapReport report(Known known, PersonKey person, int assessments) {
        return GapAnalysis.report(known.model(), known.profile(), known.level(),
                store.latestAssessments(person, assessments));
    }

    /** What to say when {@link #known} finds no one. */
    PersonalCommands.Result unknown(PersonKey person, Wording wording) {
        return PersonalCommands.Result.of(store.profile(person).map(p -> levelGone(p, wording))
                .orElseGet(() -> noLevelYet(wording)));
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

    /** A role level of the data loaded, as one would type it after "me". */
    static String example(FrameworkModel model) {
        return model.roles().stream().flatMap(r -> r.levels().stream()).skip(2).findFirst()
                .or(() -> model.roles().stream().flatMap(r -> r.levels().stream()).findFirst())
                .map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("senior developer");
    }

    static Link roleLink(Role role) {
        return new Link(role.name() + " on the published framework", role.url());
    }

    static String article(String levelName) {
        String lower = levelName.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + lower;
    }

    /** A date as the person reads it, in the bot's time zone. */
    String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }
}
