package uk.gov.ddat.capability.bot.profile;

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

/**
 * Gap chart rendering (chart, palette, PNG) for a typical ten-skill report, in both sizes.
 * Target: p99 under 200 ms on 2 cores. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench=GapChartBenchmark -Dbench.args=-rf=text
 * </pre>
 * ({@code bench.args} reaches JMH as one argument, so the default "-rf text" is refused: give it
 * a one-word option such as {@code -rf=text}.) Sample-time mode reports the median (p0.50) and
 * p0.99. The fork is headless, like the bot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.awt.headless=true"})
public class GapChartBenchmark {

    @Param({"STANDARD", "COMPACT"})
    public GapChart.Size size;

    private final GapChart chart = new GapChart();
    private GapReport report;

    @Setup
    public void setUp() {
        report = GapReports.typical();
    }

    @Benchmark
    public Attachment render() {
        return chart.render(report, size);
    }
}
