package uk.gov.ddat.capability.bot.tips;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * The instances contract repeated under load: a competing process keeps every CPU busy while two
 * whole instances share the database, and while one is stopped mid-run and another finishes.
 * Counts duplicates and lost tips; exits non-zero if there is any. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.tips.TipInstancesStress \
 *     -Dbench.args="20 jdbc:postgresql://127.0.0.1:5432/test?user=postgres"   # runs, then optional PostgreSQL
 * </pre>
 */
public final class TipInstancesStress {

    private TipInstancesStress() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 20;
        String postgres = null;
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                runs = Integer.parseInt(arg);
            } else if (arg.startsWith("jdbc:postgresql:")) {
                postgres = arg;
            }
        }
        if (postgres != null) {
            System.setProperty(TestDatabases.POSTGRES_PROPERTY, postgres);
        }
        Process burner = CpuBurner.start(Runtime.getRuntime().availableProcessors());
        int failures = 0;
        try {
            List<String> databases = postgres == null ? List.of("H2") : List.of("H2", "PostgreSQL");
            for (String database : databases) {
                Tally both = new Tally();
                Tally stopped = new Tally();
                for (int run = 1; run <= runs; run++) {
                    try (TestDatabases.Database db = database.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
                         TipInstances instances = new TipInstances(db)) {
                        both.add(instances.twoInstances());
                    }
                    try (TestDatabases.Database db = database.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
                         TipInstances instances = new TipInstances(db)) {
                        stopped.add(instances.stoppedMidRun().posts());
                    }
                    System.out.printf("%s run %d: two instances %s; stopped mid-run %s%n", database, run,
                            both.last, stopped.last);
                }
                System.out.printf("%n%s, %d runs each, CPUs saturated by a competing process:%n", database, runs);
                System.out.printf("  two instances:   %s%n", both);
                System.out.printf("  stopped mid-run: %s%n%n", stopped);
                failures += both.duplicates + both.lost + stopped.duplicates + stopped.lost;
            }
        } finally {
            burner.destroyForcibly();
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Runs, duplicates and lost tips across runs. */
    private static final class Tally {
        int runs;
        int duplicates;
        int lost;
        String last = "";

        void add(List<String> posts) {
            Set<String> channels = new HashSet<>(posts);
            int runDuplicates = posts.size() - channels.size();
            int runLost = TipInstances.CHANNELS - channels.size();
            runs++;
            duplicates += runDuplicates;
            lost += runLost;
            last = runDuplicates + " duplicates, " + runLost + " lost";
        }

        @Override
        public String toString() {
            return runs + " runs, " + duplicates + " duplicates, " + lost + " lost";
        }
    }

    /** A separate process that keeps the given number of threads spinning until it is killed. */
    static final class CpuBurner {

        static Process start(int threads) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CpuBurner.class.getName(),
                    Integer.toString(threads)).inheritIO().start();
        }

        public static void main(String[] args) throws Exception {
            List<Thread> spinning = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(args[0]); i++) {
                Thread thread = new Thread(() -> {
                    long x = 0;
                    while (!Thread.currentThread().isInterrupted()) {
                        x += System.nanoTime() % 7;
                    }
                    System.out.println(x);
                });
                thread.setDaemon(true);
                thread.start();
                spinning.add(thread);
            }
            Thread.sleep(3_600_000); // an hour at most, if the parent forgets to stop it
        }
    }
}
