package uk.gov.ddat.capability.bot.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.testing.MutableClock;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.bot.tips.SubscriptionStore;
import uk.gov.ddat.capability.bot.tips.TipCommands;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.diff.Change;
import uk.gov.ddat.capability.framework.diff.ChangeSet;
import uk.gov.ddat.capability.framework.diff.FrameworkFacts;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/**
 * Recording change sets and turning announcements on and off, on H2 and PostgreSQL: a fresh
 * database gets a baseline, the same content records nothing, changed content records exactly its
 * changes once, whichever instances see it.
 */
abstract class ChangeRecordingContract {

    abstract TestDatabases.Database database();

    private TestDatabases.Database db;
    private ChangeStore store;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T08:00:00Z"));
    private final FrameworkModel bundled = load();

    @BeforeEach
    void setUp() {
        db = database();
        store = new ChangeStore(db.jdbc(), db.transactions());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theFirstLoadOnAFreshDatabaseIsABaselineAndAReloadOfTheSameContentRecordsNothing() {
        ChangeRecorder recorder = new ChangeRecorder(store, clock);

        assertThat(recorder.observe(bundled)).isEqualTo(ChangeRecorder.Outcome.BASELINE);
        assertThat(recorder.observe(load())).isEqualTo(ChangeRecorder.Outcome.UNCHANGED);
        assertThat(new ChangeRecorder(store, clock).observe(load())).isEqualTo(ChangeRecorder.Outcome.ALREADY_RECORDED);

        assertThat(store.latest()).isEmpty();
        assertThat(store.state().orElseThrow().fingerprint()).isEqualTo(
                uk.gov.ddat.capability.framework.diff.FrameworkFacts.of(bundled).fingerprint());
    }

    @Test
    void changedContentIsRecordedOnceWithItsDateWhicheverInstancesReloadIt() {
        ChangeRecorder first = new ChangeRecorder(store, clock);
        ChangeRecorder second = new ChangeRecorder(store, clock);
        first.observe(bundled);
        second.observe(bundled);
        FrameworkModel fewer = withoutLastRole(bundled);
        clock.advance(java.time.Duration.ofHours(6));

        assertThat(first.observe(fewer)).isEqualTo(ChangeRecorder.Outcome.RECORDED);
        assertThat(second.observe(withoutLastRole(bundled))).isEqualTo(ChangeRecorder.Outcome.ALREADY_RECORDED);

        RecordedChangeSet latest = store.latest().orElseThrow();
        String removed = bundled.roles().get(bundled.roles().size() - 1).name();
        assertThat(latest.changes()).containsExactly(
                new Change(Change.Kind.REMOVED, Change.Subject.ROLE, List.of(removed),
                        bundled.roles().get(bundled.roles().size() - 1).family(), ""));
        assertThat(latest.recordedAt()).isEqualTo(Instant.parse("2026-12-03T14:00:00Z"));
        assertThat(store.since(Instant.EPOCH)).hasSize(1);
    }

    @Test
    void anInstanceThatHasNotReloadedYetNeverRecordsTheChangeBackwards() {
        ChangeRecorder lagging = new ChangeRecorder(store, clock);
        lagging.observe(bundled);
        new ChangeRecorder(store, clock).observe(withoutLastRole(bundled));

        assertThat(lagging.observe(bundled)).isEqualTo(ChangeRecorder.Outcome.UNCHANGED);
        assertThat(store.since(Instant.EPOCH)).hasSize(1);
    }

    @Test
    void otherContentRecordedMeanwhileByAnotherInstanceIsFollowedByThisInstancesChange() {
        new ChangeRecorder(store, clock).observe(bundled);
        FrameworkModel fewer = withoutLastRole(bundled);
        FrameworkModel fewerStill = describedAgain(bundled); // other new content than the other instance's
        ChangeStore racing = new ChangeStore(db.jdbc(), db.transactions()) {
            private boolean first = true;

            @Override
            public boolean recordChange(ChangeSet changes, FrameworkFacts facts, Instant now) {
                if (first) { // another instance records its own new content just before this one does
                    first = false;
                    assertThat(new ChangeRecorder(store, clock).observe(fewer)).isEqualTo(ChangeRecorder.Outcome.RECORDED);
                }
                return super.recordChange(changes, facts, now);
            }
        };

        assertThat(new ChangeRecorder(racing, clock).observe(fewerStill)).isEqualTo(ChangeRecorder.Outcome.RECORDED);
        assertThat(store.since(Instant.EPOCH)).hasSize(2);
        assertThat(store.state().orElseThrow().fingerprint()).isEqualTo(FrameworkFacts.of(fewerStill).fingerprint());
        assertThat(store.latest().orElseThrow().changes()).extracting(Change::kind).contains(Change.Kind.ADDED)
                .contains(Change.Kind.CHANGED);
    }

    @Test
    void anInstanceStartedOnNewContentRecordsWhatChangedSinceTheRecordedContent() {
        new ChangeRecorder(store, clock).observe(withoutLastRole(bundled));

        assertThat(new ChangeRecorder(store, clock).observe(bundled)).isEqualTo(ChangeRecorder.Outcome.RECORDED);
        assertThat(store.latest().orElseThrow().changes()).extracting(Change::kind).containsExactly(Change.Kind.ADDED);
    }

    @Test
    void changesOnAndOffAreSaidInTheConversationAndOnlyLaterChangeSetsAreAnnounced() {
        ChangeRecorder recorder = new ChangeRecorder(store, clock);
        recorder.observe(bundled);
        recorder.observe(withoutLastRole(bundled));
        ChangeCommands commands = new ChangeCommands(store, new ChangeAnswers(10, "https://example.gov.uk/",
                ZoneId.of("Europe/London")), () -> bundled, clock);
        TipCommands.Context channel = new TipCommands.Context(Platform.SLACK, "T1", "C1", Optional.empty(), "U1",
                "@ann", Optional::empty, Wording.TERMINAL);

        TipCommands.Reply on = commands.handle("changes on", channel);
        assertThat(on.inConversation()).isTrue();
        assertThat(on.answer().sections().get(0).text()).startsWith("@ann turned on framework change announcements");
        assertThat(commands.handle("changes on", channel).inConversation()).isFalse();
        assertThat(store.listeners()).singleElement().satisfies(l -> {
            assertThat(l.changesAfter()).isEqualTo(store.latest().orElseThrow().id());
            assertThat(l.subscription().active()).as("tips stay off").isFalse();
        });
        assertThat(commands.handle("changes", channel).answer().title()).isEqualTo("What changed in the framework");

        assertThat(commands.handle("changes off", channel).inConversation()).isTrue();
        assertThat(store.listeners()).isEmpty();
        assertThat(commands.handle("changes sideways", channel).answer().title())
                .isEqualTo("That didn't work: nothing was changed");
    }

    @Test
    void pausingAConversationsTipsPausesItsAnnouncementsToo() {
        SubscriptionStore tips = new SubscriptionStore(db.jdbc(), db.transactions());
        for (String channel : List.of("19:a", "19:b", "19:c")) {
            store.turnOn(Platform.TEAMS, "tenant", channel, Optional.of("https://smba.example/"), "U1",
                    clock.instant(), "Software developer");
        }
        store.turnOn(Platform.TEAMS, "other", "19:a", Optional.empty(), "U1", clock.instant(), "Software developer");

        assertThat(tips.pauseConversations(Platform.TEAMS, "tenant", List.of("19:a", "19:b"), "removed",
                clock.instant())).isEqualTo(2);
        assertThat(store.listeners()).extracting(l -> l.subscription().workspaceId() + "/"
                + l.subscription().conversationId()).containsExactly("tenant/19:c", "other/19:a");
        assertThat(tips.find(Platform.TEAMS, "tenant", "19:a").orElseThrow().pausedReason()).contains("removed");

        tips.pauseWorkspace(Platform.TEAMS, "tenant", "removed", clock.instant());
        assertThat(store.listeners()).extracting(l -> l.subscription().workspaceId()).containsExactly("other");
    }

    private static FrameworkModel load() {
        return new FrameworkLoader(FrameworkSourceConfig.bundledOnly()).load();
    }

    /** The same framework with the first skill's description changed. */
    static FrameworkModel describedAgain(FrameworkModel model) {
        List<Skill> skills = new java.util.ArrayList<>(model.skills());
        Skill first = skills.get(0);
        skills.set(0, new Skill(first.name(), Optional.of("Described again (test)."), first.youCan()));
        return new FrameworkModel(model.source(), model.families(), skills);
    }

    /** The same framework without its last role. */
    static FrameworkModel withoutLastRole(FrameworkModel model) {
        List<RoleFamily> families = new java.util.ArrayList<>(model.families());
        RoleFamily last = families.remove(families.size() - 1);
        if (last.roles().size() > 1) {
            families.add(new RoleFamily(last.name(), last.roles().subList(0, last.roles().size() - 1)));
        }
        return new FrameworkModel(model.source(), families, model.skills());
    }
}
