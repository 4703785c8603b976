package uk.gov.ddat.capability.bot.api;

import java.time.Clock;
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

import uk.gov.ddat.capability.bot.conversation.Engines;
import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/**
 * Building the API index (views, ids, content hash and ETag) of the full export, as happens once
 * for each framework snapshot, on the first API request after a load or reload. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench=ApiIndexBenchmark \
 *     -Dbench.args="-p exportDir=../shared/framework-export"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ApiIndexBenchmark {

    @Param("../shared/framework-export")
    public String exportDir;

    private CurrentFramework framework;
    private OpenApiSpec spec;

    @Setup
    public void setUp() {
        framework = new CurrentFramework(new FrameworkLoader(FrameworkSourceConfig.exportDirectory(
                Engines.resolve(exportDir))),
                Clock.systemUTC());
        spec = OpenApiSpec.load();
    }

    @Benchmark
    public ApiIndex build() {
        return new ApiIndex(framework.snapshot(), spec.hash());
    }
}
