package uk.gov.ddat.capability.framework.load;

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
import org.openjdk.jol.info.GraphLayout;

import uk.gov.ddat.capability.framework.FrameworkModel;

/**
 * How long loading the full official export takes (read, parse, validate, build lookups and lay
 * the bundled grades over it), and how much heap the loaded model keeps. Run with:
 * <pre>
 * mvn -q -pl framework-data test-compile exec:exec -Dbench=LoadExport \
 *     -Dbench.args="-p exportDir=../shared/framework-export"
 * </pre>
 * Sample-time mode reports the median (p0.50) load time; the retained heap is printed at the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Djdk.attach.allowAttachSelf=true"})
public class LoadExportBenchmark {

    @Param("../shared/framework-export")
    public String exportDir;

    private FrameworkLoader loader;
    private FrameworkModel last;

    @Setup
    public void setUp() {
        loader = new FrameworkLoader(FrameworkSourceConfig.exportDirectory(OfficialExportSupport.resolve(exportDir)));
    }

    @Benchmark
    public FrameworkModel loadFullExport() {
        last = loader.load();
        return last;
    }

    @TearDown(Level.Trial)
    public void reportRetainedHeap() {
        long bytes = GraphLayout.parseInstance(last).totalSize();
        System.out.printf("%nRetained heap of one loaded model: %.1f MB (%d bytes, %d roles, %d skills)%n",
                bytes / 1_048_576.0, bytes, last.roles().size(), last.skills().size());
    }
}
