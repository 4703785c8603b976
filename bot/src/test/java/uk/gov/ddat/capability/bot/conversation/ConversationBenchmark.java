package uk.gov.ddat.capability.bot.conversation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/**
 * Text → answer on a mixed set of questions with the full export loaded. {@code cacheSize=0}
 * measures the engine itself (every question parsed and answered afresh); the default cache
 * measures what users see when questions repeat. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench=ConversationBenchmark \
 *     -Dbench.args="-p exportDir=../shared/framework-export"
 * </pre>
 * Sample-time mode reports the median (p0.50) and p0.99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ConversationBenchmark {

    /** Every intent, typos and synonyms included; none of them is the same text twice. */
    static final List<String> QUESTIONS = List.of(
            "what skills does a lead data scientist need", "compare lead and principal developer",
            "incidnet managment", "how do I get from senior to lead infrastructure operations engineer",
            "what level is HEO", "search accessibility testing", "roles", "help", "senior developer to lead developer",
            "capacity", "user research at senior user researcher", "what changes at principal developer",
            "infra ops", "what grade is a lead infrastructure operations engineer", "data scientist",
            "head of service desk", "accesibility", "what does a junior content designer do", "senior",
            "technical specialism for infrastructure operations engineer", "xyzzy plugh", "L3 software developer");

    @Param("../shared/framework-export")
    public String exportDir;

    @Param({"0", "10000"})
    public long cacheSize;

    private ConversationEngine engine;
    private int next;

    @Setup
    public void setUp() {
        Path dir = Engines.resolve(exportDir);
        CurrentFramework framework = new CurrentFramework(
                new FrameworkLoader(FrameworkSourceConfig.exportDirectory(dir)), Clock.systemUTC());
        engine = new ConversationEngine(framework, new TipCatalogue(new SplittableRandom(1)), cacheSize);
    }

    @Benchmark
    public Answer answer() {
        next = next + 1 == QUESTIONS.size() ? 0 : next + 1;
        return engine.answer(QUESTIONS.get(next));
    }
}
