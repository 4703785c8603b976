package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.framework.RoleLevel;

/** The personal commands on the bundled framework and a real (in-memory H2) database. */
class PersonalCommandsTest {

    private static final String SENIOR = "Senior infrastructure operations engineer";
    private static final String LEAD = "Lead infrastructure operations engineer";
    private static final String PRINCIPAL = "Principal infrastructure operations engineer";

    private final TestDatabases.Database db = TestDatabases.h2();
    private final ProfileStore store = new ProfileStore(db.jdbc(), db.transactions());
    private final ConversationEngine engine = Engines.bundled();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private final PersonalCommands commands = new PersonalCommands(store, engine, new GapChart(), new GapExport(),
            clock, ZoneId.of("Europe/London"));
    private final PersonKey alex = new PersonKey(Platform.SLACK, "E1:T1", "U0ALEX");

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"me", "ME senior infrastructure operations engineer", "I'm a lead IOE",
            "i am a senior infrastructure operations engineer.", "my gaps", "my skills", "show me my gaps",
            "what do I need for my next step", "my next level", "aim lead", "aim for principal", "assess", "export",
            "forget me"})
    void theseAreAboutThePerson(String text) {
        assertThat(PersonalCommands.isPersonal(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"I'm a senior, what do I need to get promoted", "I'm a senior what next",
            "meeting rooms", "senior", "what does a lead need", "memory", "help", "tips on 09:30",
            "I am a lead, how do I become principal?", "assessment of incident management"})
    void theseAreQuestionsForTheEngine(String text) {
        assertThat(PersonalCommands.isPersonal(text)).isFalse();
    }

    @Test
    void meRecordsALevelAsPeopleSayItAndShowsItBack() {
        Answer saved = say("I'm a lead IOE");
        assertThat(saved.title()).isEqualTo("Saved: you are a lead infrastructure operations engineer");
        assertThat(store.profile(alex).orElseThrow().level()).isEqualTo(LEAD);

        Answer shown = say("me");
        assertThat(shown.sections().get(0).facts()).extracting(Answer.Fact::value)
                .containsExactly(LEAD, PRINCIPAL + " (the next level)", "none yet");
    }

    @Test
    void aimChoosesATargetWithinTheRoleAndNextGoesBackToTheNextLevel() {
        say("me senior infrastructure operations engineer");
        assertThat(say("aim principal").title()).isEqualTo("Saved: you aim for " + PRINCIPAL);
        assertThat(store.profile(alex).orElseThrow().targetLevel()).contains(PRINCIPAL);
        assertThat(say("aim next").title()).isEqualTo("Saved: you aim for " + LEAD + " (the next level)");
        assertThat(store.profile(alex).orElseThrow().targetLevel()).isEmpty();
    }

    @Test
    void aLevelThatCannotBeFoundChangesNothing() {
        Answer answer = say("me astronaut");
        assertThat(answer.outcome()).isEqualTo(Answer.Outcome.NOT_SURE);
        assertThat(store.profile(alex)).isEmpty();
    }

    @Test
    void theFormHasEverySkillOfTheLevelPrefilledFromTheLastAssessment() {
        say("me senior infrastructure operations engineer");
        RoleLevel senior = senior();
        String first = senior.skills().get(0).skill();
        assertThat(commands.submit(new AssessmentAnswers(SENIOR, Map.of(first, "working")), alex, Wording.TERMINAL)
                .answer().title()).startsWith("Saved your self-assessment");

        AssessmentForm form = commands.handle("assess", alex, Wording.TERMINAL).form().orElseThrow();
        assertThat(form.level()).isEqualTo(SENIOR);
        assertThat(form.items()).extracting(AssessmentForm.Item::skill)
                .containsExactlyElementsOf(senior.skills().stream().map(s -> s.skill()).toList());
        assertThat(form.items().get(0).current()).contains(SelfLevel.WORKING);
        assertThat(form.items().get(1).current()).isEmpty();
        assertThat(form.items().get(0).required()).isEqualTo(senior.skills().get(0).level());
    }

    @Test
    void gapsCountWhatIsBelowTheLevelAndWhatTheTargetNeedsAndWhatChanged() {
        say("me senior infrastructure operations engineer");
        RoleLevel senior = senior();
        Map<String, String> first = new LinkedHashMap<>();
        senior.skills().forEach(s -> first.put(s.skill(), "not_yet"));
        commands.submit(new AssessmentAnswers(SENIOR, first), alex, Wording.TERMINAL);

        clock.advance(Duration.ofDays(20));
        Map<String, String> second = new LinkedHashMap<>();
        senior.skills().forEach(s -> second.put(s.skill(), "expert"));
        second.put(senior.skills().get(0).skill(), "not_yet");
        PersonalCommands.Result result = commands.submit(new AssessmentAnswers(SENIOR, second), alex, Wording.TERMINAL);

        String summary = result.answer().sections().get(0).text();
        assertThat(summary).startsWith("1 skill below your level, ")
                .contains(" to grow for " + LEAD)
                .contains((senior.skills().size() - 1) + " changed since your previous assessment");
        assertThat(result.answer().sections()).anySatisfy(s -> assertThat(s.heading())
                .isEqualTo("Changed since 2 November 2026"));
        assertThat(result.attachments()).singleElement().satisfies(chart -> {
            assertThat(chart.mediaType()).isEqualTo("image/png");
            assertThat(chart.description()).contains(senior.skills().get(0).skill());
        });
    }

    @Test
    void aForgedSubmissionIsRefusedWholeAndNothingIsSaved() {
        say("me senior infrastructure operations engineer");
        String first = senior().skills().get(0).skill();
        List<AssessmentAnswers> forged = List.of(
                new AssessmentAnswers(SENIOR, Map.of(first, "working", "Juggling", "expert")),
                new AssessmentAnswers(SENIOR, Map.of(first, "WORKING")),
                new AssessmentAnswers(SENIOR, Map.of(first, "5")),
                new AssessmentAnswers(LEAD, Map.of(first, "working")),
                new AssessmentAnswers("", Map.of(first, "working")),
                new AssessmentAnswers(SENIOR, Map.of()));
        for (AssessmentAnswers answers : forged) {
            PersonalCommands.Result result = commands.submit(answers, alex, Wording.TERMINAL);
            assertThat(result.answer().title()).as("%s", answers).isEqualTo("Your assessment was not saved");
        }
        assertThat(store.latestAssessments(alex, 10)).isEmpty();
    }

    @Test
    void aSubmissionWithoutAProfileIsRefused() {
        PersonalCommands.Result result = commands.submit(new AssessmentAnswers(SENIOR,
                Map.of(senior().skills().get(0).skill(), "working")), alex, Wording.TERMINAL);
        assertThat(result.answer().title()).isEqualTo("Your assessment was not saved");
        assertThat(store.latestAssessments(alex, 1)).isEmpty();
    }

    @Test
    void theSameUserIdInAnotherWorkspaceIsAnotherPerson() {
        say("me senior infrastructure operations engineer");
        PersonKey elsewhere = new PersonKey(Platform.SLACK, "E1:T2", alex.userId());
        assertThat(commands.handle("me", elsewhere, Wording.TERMINAL).answer().title())
                .isEqualTo("I don't know your role level yet");
        assertThat(commands.handle("forget me", elsewhere, Wording.TERMINAL).answer().title())
                .isEqualTo("I had nothing stored about you");
        assertThat(store.profile(alex)).isPresent();
    }

    @Test
    void exportNeedsAnAssessmentAndThenGivesCsvAndMarkdown() {
        say("me senior infrastructure operations engineer");
        assertThat(say("export").title()).isEqualTo("Nothing to export yet");
        commands.submit(new AssessmentAnswers(SENIOR, Map.of(senior().skills().get(0).skill(), "working")), alex,
                Wording.TERMINAL);
        PersonalCommands.Result export = commands.handle("export", alex, Wording.TERMINAL);
        assertThat(export.attachments()).extracting(Attachment::mediaType).containsExactly("text/csv", "text/markdown");
        String csvName = export.attachments().get(0).fileName();
        assertThat(commands.file(alex, csvName)).get().extracting(Attachment::mediaType).isEqualTo("text/csv");
        String mdName = export.attachments().get(1).fileName();
        assertThat(commands.file(alex, mdName)).get().extracting(Attachment::mediaType).isEqualTo("text/markdown");
        String chartName = csvName.replace(".csv", ".png");
        assertThat(commands.file(alex, chartName)).get().extracting(Attachment::mediaType).isEqualTo("image/png");
        assertThat(commands.file(alex, csvName + ".png")).isEmpty();
        assertThat(commands.file(alex, "../../etc/passwd")).isEmpty();
    }

    @Test
    void forgetMeSaysWhatWentAndLeavesNothing() {
        say("me senior infrastructure operations engineer");
        commands.submit(new AssessmentAnswers(SENIOR, Map.of(senior().skills().get(0).skill(), "working")), alex,
                Wording.TERMINAL);
        clock.advance(Duration.ofDays(1));
        commands.submit(new AssessmentAnswers(SENIOR, Map.of(senior().skills().get(0).skill(), "expert")), alex,
                Wording.TERMINAL);

        Answer forgotten = say("forget me");
        assertThat(forgotten.sections().get(0).text())
                .isEqualTo("Deleted your role level and target and 2 self-assessments. Nothing about you is stored now.");
        assertThat(store.profile(alex)).isEmpty();
        assertThat(store.latestAssessments(alex, 10)).isEmpty();
        assertThat(commands.file(alex, "anything")).isEmpty();
    }

    @Test
    void myNextLevelIsTheFrameworksOwnStepWithThePersonOnTop() {
        say("me senior infrastructure operations engineer");
        Answer next = say("what do I need for my next step");
        Answer compare = engine.answer("compare " + SENIOR + " to " + LEAD);
        assertThat(next.title()).isEqualTo("Your next step: " + LEAD);
        assertThat(next.sections().get(0).text()).isEqualTo("You are " + SENIOR + ", aiming for " + LEAD + ".");
        assertThat(next.sections().subList(1, next.sections().size())).isEqualTo(compare.sections());
    }

    private Answer say(String text) {
        return commands.handle(text, alex, Wording.TERMINAL).answer();
    }

    private RoleLevel senior() {
        return engine.model().level(SENIOR).orElseThrow().level();
    }
}
