package uk.gov.ddat.capability.bot.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.PlainTextRenderer;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue;
import uk.gov.ddat.capability.bot.slack.BlockKitRenderer;
import uk.gov.ddat.capability.bot.support.LogSafe;
import uk.gov.ddat.capability.bot.teams.AdaptiveCardRenderer;
import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.FrameworkLoader;

/**
 * Starts {@code --ask} and the terminal prompt without Spring's application context: no web
 * server, no database, no Flyway, so a question is answered in about a second and nothing shared
 * (the H2 file, the ports) is touched. Settings are read as the server reads them (application.yml,
 * environment variables, {@code --name=value} arguments). A failed start is one line on stderr
 * and exit status 1.
 */
public final class LocalLauncher {

    private final Map<String, String> environment;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public LocalLauncher(Map<String, String> environment, InputStream in, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** Runs the question or the prompt; returns the exit status. */
    public int run(LaunchOptions options, String[] args) {
        LocalMode local;
        try {
            local = new LocalMode(engine(new LocalSettings(args, environment, System::getProperty)), renderers());
        } catch (RuntimeException e) {
            err.println("Failed to start: " + reason(e));
            return 1;
        }
        if (options.ask().isPresent()) {
            return local.ask(options.ask().get(), options.format(), out, err);
        }
        try {
            local.prompt(in, out);
            return 0;
        } catch (IOException e) {
            err.println("Stopped: could not read the terminal (" + LogSafe.text(e.getMessage(), 200) + ")");
            return 1;
        }
    }

    /** Logging as a one-line tool needs it: errors only, one line each, on stderr, no stack traces. */
    public static void quietLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %replace(%msg){'[\\r\\n]+', ' '}%n%nopex");
        encoder.start();
        ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.ERROR);
        root.addAppender(console);
    }

    private static ConversationEngine engine(LocalSettings settings) {
        CurrentFramework current = new CurrentFramework(
                new FrameworkLoader(settings.framework().toSourceConfig()), Clock.systemUTC());
        return new ConversationEngine(current, new TipCatalogue(RandomGenerator.getDefault()), settings.cacheSize());
    }

    /** Slack's and Teams' renderers (and their JSON) are loaded only when that format is asked for. */
    private static List<AnswerRenderer> renderers() {
        return List.of(lazy("text", () -> PlainTextRenderer::render),
                lazy("slack", () -> new BlockKitRenderer()::render),
                lazy("teams", () -> new AdaptiveCardRenderer()::render));
    }

    private static AnswerRenderer lazy(String format, Supplier<Function<Answer, String>> renderer) {
        return new AnswerRenderer() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String render(Answer answer) {
                return renderer.get().apply(answer);
            }
        };
    }

    private static String reason(RuntimeException failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("");
        return LogSafe.text(message, 300);
    }
}
