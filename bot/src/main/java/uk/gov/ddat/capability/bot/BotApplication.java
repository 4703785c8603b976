package uk.gov.ddat.capability.bot;

import java.util.Map;
import java.util.OptionalInt;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import uk.gov.ddat.capability.bot.framework.FrameworkPreload;
import uk.gov.ddat.capability.bot.local.FastAsk;
import uk.gov.ddat.capability.bot.local.LaunchOptions;
import uk.gov.ddat.capability.bot.local.LocalLauncher;
import uk.gov.ddat.capability.bot.storage.DatabasePreload;

/**
 * The capability framework bot. With Slack or Teams credentials it serves them; without, it runs
 * on the terminal; {@code --ask "<text>"} answers once and exits, without a web server (after its
 * first run, from a JVM prepared for a quick start: {@link FastAsk}).
 */
@SpringBootApplication
public class BotApplication {

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals(FastAsk.PREPARE_OPTION)) {
            System.exit(FastAsk.forThisProcess().prepare());
        }
        LaunchOptions options = LaunchOptions.parse(args);
        StartupFailure failure = new StartupFailure();
        if (options.ask().isEmpty() && options.serve(System.getenv())) {
            try {
                new SpringApplicationBuilder(BotApplication.class).listeners(failure, new FrameworkPreload(), new DatabasePreload()).run(args);
            } catch (Throwable e) {
                // Spring has closed what it started, but a stray non-daemon thread must not keep a
                // half-started bot alive: a supervisor has to see it fail.
                System.err.println(failure.describe(e));
                System.exit(1);
            }
            return;
        }
        // A question is handed to a JVM prepared for quick starts when there is one (FastAsk).
        FastAsk fastAsk = options.ask().isPresent() ? FastAsk.forThisProcess() : null;
        if (fastAsk != null) {
            OptionalInt answered = fastAsk.answerInPreparedJvm(args);
            if (answered.isPresent()) {
                System.exit(answered.getAsInt());
            }
        }
        // The question and the prompt start without Spring's context: no web server, no database.
        LocalLauncher.quietLogging();
        int exitCode = new LocalLauncher(Map.copyOf(System.getenv()), System.in, System.out, System.err)
                .run(options, args);
        if (fastAsk != null && exitCode == 0) {
            fastAsk.prepareLater();
        }
        System.exit(exitCode);
    }
}
