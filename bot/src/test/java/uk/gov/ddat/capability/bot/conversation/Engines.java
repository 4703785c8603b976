package uk.gov.ddat.capability.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.SplittableRandom;

import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;
import uk.gov.ddat.capability.framework.load.FrameworkSourceConfig;

/** Conversation engines on real data, for tests: the bundled role, or the full official export. */
public final class Engines {

    private Engines() {
    }

    public static ConversationEngine bundled() {
        return engine(FrameworkSourceConfig.bundledOnly());
    }

    /**
     * The export folder named by {@code -Dframework.export.dir} (relative to {@code -Drepository.root}),
     * failing the calling test when the property is missing or the folder holds no roles.csv.
     */
    public static Path exportDirFromProperty() {
        String dir = System.getProperty("framework.export.dir", "");
        assertThat(dir).as("-Dframework.export.dir").isNotBlank();
        Path path = Path.of(dir);
        String root = System.getProperty("repository.root", "");
        if (!path.isAbsolute() && !root.isBlank()) {
            path = Path.of(root).resolve(path);
        }
        assertThat(path.resolve("roles.csv")).isRegularFile();
        return path;
    }

    /** A folder given to a benchmark: relative to {@code -Drepository.root} unless absolute. */
    public static Path resolve(String dir) {
        Path path = Path.of(dir);
        String root = System.getProperty("repository.root", "");
        return path.isAbsolute() || root.isBlank() ? path : Path.of(root).resolve(path);
    }

    public static ConversationEngine officialExport(Path exportDir) {
        return engine(FrameworkSourceConfig.exportDirectory(exportDir));
    }

    private static ConversationEngine engine(FrameworkSourceConfig config) {
        CurrentFramework framework = new CurrentFramework(new FrameworkLoader(config), Clock.systemUTC());
        return new ConversationEngine(framework, new TipCatalogue(new SplittableRandom(7)), 1_000);
    }
}
