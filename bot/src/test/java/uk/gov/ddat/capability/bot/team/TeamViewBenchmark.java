package uk.gov.ddat.capability.bot.team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.Assessment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.PersonalCommands;
import uk.gov.ddat.capability.bot.profile.Profile;
import uk.gov.ddat.capability.bot.profile.ProfileStore;
import uk.gov.ddat.capability.bot.profile.SelfLevel;
import uk.gov.ddat.capability.bot.testing.TestDatabases;
import uk.gov.ddat.capability.framework.LevelOfRole;

/**
 * A manager's team view of {@code people} people, each sharing a senior level with every skill
 * self-assessed: the one query through the shares (embedded H2), the report, the answer and the
 * heatmap PNG with its alt text, as {@code /skills team} does it. Target: p99 under 300 ms on 2
 * cores. Run with:
 * <pre>
 * mvn -o -q -pl bot test-compile exec:exec -Dbench=TeamViewBenchmark -Dbench.args=-rf=text
 * </pre>
 * Sample-time mode reports the median (p0.50) and p0.99. The fork is headless, like the bot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class TeamViewBenchmark {

    private static final String LEVEL = "Senior infrastructure operations engineer";

    @Param({"50"})
    public int people;

    private final PersonKey manager = new PersonKey(Platform.SLACK, "T1", "U0BOSS");
    private TestDatabases.Database db;
    private SharingCommands commands;
    private ShareStore shares;
    private ConversationEngine engine;
    private TeamReport report;

    @Setup(Level.Trial)
    public void setUp() {
        db = TestDatabases.h2();
        engine = Engines.bundled();
        ProfileStore profiles = new ProfileStore(db.jdbc(), db.transactions());
        shares = new ShareStore(db.jdbc());
        LevelOfRole level = engine.model().level(LEVEL).orElseThrow();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        Random random = new Random(19);
        for (int i = 0; i < people; i++) {
            PersonKey person = new PersonKey(Platform.SLACK, "T1", "U" + i);
            profiles.saveProfile(new Profile(person, level.role().name(), LEVEL, Optional.empty(), now));
            Map<String, SelfLevel> ratings = new LinkedHashMap<>();
            level.level().skills().forEach(s -> ratings.put(s.skill(), SelfLevel.values()[random.nextInt(5)]));
            profiles.saveAssessment(new Assessment(person, level.role().name(), LEVEL, now, ratings));
            shares.share(person, "Person number " + i, manager.userId(), "Boss", now);
        }
        commands = new SharingCommands(shares, engine, new TeamHeatmap(), new TeamExport(),
                Clock.fixed(now, ZoneOffset.UTC), ZoneId.of("Europe/London"));
        if (commands.handle("team", manager, "Boss", Wording.TERMINAL).attachments().isEmpty()) {
            throw new IllegalStateException("the heatmap was not drawn");
        }
        report = TeamView.report(engine.model(), shares.team(manager));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        db.close();
    }

    /** The whole team view, as the bot answers {@code /skills team}. */
    @Benchmark
    public PersonalCommands.Result teamView() {
        return commands.handle("team", manager, "Boss", Wording.TERMINAL);
    }

    /** Of which: the query through the shares and the report. */
    @Benchmark
    public TeamReport read() {
        return TeamView.report(engine.model(), shares.team(manager));
    }

    /** Of which: the heatmap (chart, palette, PNG, alt text). */
    @Benchmark
    public Object heatmap() {
        return new TeamHeatmap().render(report);
    }
}
