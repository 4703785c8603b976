package uk.gov.ddat.capability.bot;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.ddat.capability.bot.conversation.AnswerRenderer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.local.LaunchOptions;
import uk.gov.ddat.capability.bot.local.LocalMode;

/**
 * The capability framework bot. With Slack or Teams credentials it serves them; without, it runs
 * on the terminal; {@code --ask "<text>"} answers once and exits, without a web server.
 */
@SpringBootApplication
public class BotApplication {

    public static void main(String[] args) throws Exception {
        LaunchOptions options = LaunchOptions.parse(args);
        StartupFailure failure = new StartupFailure();
        if (options.ask().isEmpty() && options.serve(System.getenv())) {
            try {
                new SpringApplicationBuilder(BotApplication.class).listeners(failure).run(args);
            } catch (Throwable e) {
                // Spring has closed what it started, but a stray non-daemon thread must not keep a
                // half-started bot alive: a supervisor has to see it fail.
                System.err.println(failure.describe(e));
                System.exit(1);
            }
            return;
        }
        int exitCode = 0;
        // Given as arguments (not default properties) so that they win over application.yml.
        List<String> localArgs = new ArrayList<>(List.of(args));
        localArgs.addAll(List.of("--logging.level.root=ERROR", "--spring.main.log-startup-info=false",
                "--framework.reload-interval=0"));
        ConfigurableApplicationContext started = null;
        try {
            started = new SpringApplicationBuilder(BotApplication.class).web(WebApplicationType.NONE)
                    .listeners(failure).run(localArgs.toArray(String[]::new));
        } catch (Throwable e) {
            System.err.println(failure.describe(e));
            System.exit(1);
        }
        try (ConfigurableApplicationContext context = started) {
            LocalMode local = new LocalMode(context.getBean(ConversationEngine.class),
                    List.copyOf(context.getBeansOfType(AnswerRenderer.class).values()));
            if (options.ask().isPresent()) {
                exitCode = local.ask(options.ask().get(), options.format(), System.out, System.err);
            } else {
                local.prompt(System.in, System.out);
            }
        }
        System.exit(exitCode);
    }
}
