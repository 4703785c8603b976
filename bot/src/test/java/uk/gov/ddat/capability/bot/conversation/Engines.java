package uk.gov.ddat.capability.bot.conversation;

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

    public static ConversationEngine officialExport(Path exportDir) {
        return engine(FrameworkSourceConfig.exportDirectory(exportDir));
    }

    private static ConversationEngine engine(FrameworkSourceConfig config) {
        CurrentFramework framework = new CurrentFramework(new FrameworkLoader(config), Clock.systemUTC());
        return new ConversationEngine(framework, new TipCatalogue(new SplittableRandom(7)), 1_000);
    }
}
