package uk.gov.ddat.capability.bot.profile;

import static uk.gov.ddat.capability.bot.profile.PersonLookup.article;
import static uk.gov.ddat.capability.bot.profile.PersonLookup.roleLink;
import static uk.gov.ddat.capability.bot.profile.PersonalCommands.ASSESS;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.PersonLookup.Known;
import uk.gov.ddat.capability.bot.profile.PersonalCommands.Result;
import uk.gov.ddat.capability.framework.LevelOfRole;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.SkillRequirement;

/** The self-assessment: {@code assess} opens the form, and a submitted form is checked and kept. */
final class AssessmentCommands {

    private final ProfileStore store;
    private final Clock clock;
    private final PersonLookup lookup;
    private final GapCommands gaps;

    AssessmentCommands(ProfileStore store, Clock clock, PersonLookup lookup, GapCommands gaps) {
        this.store = store;
        this.clock = clock;
        this.lookup = lookup;
        this.gaps = gaps;
    }

    /** The form for the person's level, filled in with their last ratings. */
    Result form(PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return lookup.unknown(person, wording);
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

    /** See {@link PersonalCommands#submit}. */
    Result submit(AssessmentAnswers answers, PersonKey person, Wording wording) {
        Optional<Known> known = lookup.known(person);
        if (known.isEmpty()) {
            return refused("I don't know your role level, so I couldn't save that assessment.");
        }
        RoleLevel level = known.get().level().level();
        if (!level.name().equals(answers.level())) {
            return refused("That form was for another role level than yours (" + level.name()
                    + "), so I didn't save it. Here is a fresh one: " + wording.command(ASSESS) + ".");
        }
        Map<String, SelfLevel> ratings = new LinkedHashMap<>();
        for (SkillRequirement requirement : level.skills()) {
            String code = answers.ratings().get(requirement.skill());
            if (code != null) {
                Optional<SelfLevel> rated = SelfLevel.fromCode(code);
                if (rated.isEmpty()) {
                    return refused("One of the answers is not a skill level, so I didn't save the assessment.");
                }
                ratings.put(requirement.skill(), rated.get());
            }
        }
        if (ratings.size() != answers.ratings().size()) {
            return refused("That assessment names a skill that " + level.name()
                    + " does not need, so I didn't save it.");
        }
        if (ratings.isEmpty()) {
            return refused("That assessment rated no skills, so there was nothing to save.");
        }
        if (!store.saveAssessment(new Assessment(person, known.get().level().role().name(), level.name(), clock.instant(),
                ratings))) {
            // Their profile went ("forget me") while this was on its way.
            return refused("I don't know your role level, so I couldn't save that assessment.");
        }
        Result gapsNow = gaps.gaps(person, wording, false);
        Answer saved = gapsNow.answer();
        return new Result(new Answer("Saved your self-assessment. " + saved.title(), saved.sections(),
                saved.actions(), saved.link()), Optional.empty(), gapsNow.attachments());
    }

    private static Result refused(String why) {
        return Result.of(new Answer("Your assessment was not saved", List.of(Section.text("", why)),
                List.of(new Action("Assess my skills", ASSESS)), Optional.empty(), Answer.Outcome.NOT_SURE));
    }
}
