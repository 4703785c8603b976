package uk.gov.ddat.capability.bot.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.framework.FrameworkPreload;
import uk.gov.ddat.capability.bot.storage.DatabasePreload;
import uk.gov.ddat.capability.minimalbolt.MinimalBoltApp;

/**
 * Where start-up time goes: starts the bot (Slack over HTTP, an H2 file of its own) or the
 * {@link MinimalBoltApp} in this JVM with Spring's {@link BufferingApplicationStartup}, and prints
 * the slowest steps by their own time (less the steps inside them), with the bean each created.
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.startup.StartupSteps \
 *     -Dbench.args="bot 25"     # or "minimal 25": the app, how many steps to print
 * </pre>
 * One start in a JVM that also runs Maven's class path scanning, so read it for where the time goes
 * and {@link StartupBenchmark} for how long it takes. The bot's database is kept in
 * target/startup-steps, so the second run sees what a restart does (Flyway finds nothing to do).
 */
public final class StartupSteps {

    public static void main(String[] args) throws Exception {
        boolean bot = true;
        int top = 25;
        for (String word : String.join(" ", args).trim().split("\\s+")) {
            if (word.matches("\\d+")) {
                top = Integer.parseInt(word);
            } else if (word.equals("minimal")) {
                bot = false;
            }
        }
        // Kept between runs, as a restart finds it: the first run creates and migrates the database.
        Path dir = Files.createDirectories(Path.of("target", "startup-steps")).toAbsolutePath();
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--slack.bot-token=xoxb-steps", "--slack.signing-secret=steps-secret",
                "--slack.api-url=http://127.0.0.1:9/api/", "--framework.reload-interval=0"));
        if (bot) {
            settings.add("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("bot")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        } else {
            settings.add("--spring.config.name=minimal-bolt");
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        long started = System.nanoTime();
        SpringApplicationBuilder application = new SpringApplicationBuilder(bot ? BotApplication.class
                : MinimalBoltApp.class).applicationStartup(startup);
        if (bot) {
            application.listeners(new FrameworkPreload(), new DatabasePreload()); // as BotApplication.main does
        }
        ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new));
        long ms = (System.nanoTime() - started) / 1_000_000;
        print(startup.getBufferedTimeline(), top);
        System.out.printf("%nSpring run() took %d ms in all; JVM up %d ms%n", ms,
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        context.close();
        System.exit(0);
    }

    private static void print(StartupTimeline timeline, int top) {
        List<StartupTimeline.TimelineEvent> events = timeline.getEvents();
        Map<Long, Duration> inside = new HashMap<>();
        for (StartupTimeline.TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                inside.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        record Step(long own, long total, String name) {
        }
        List<Step> steps = new ArrayList<>();
        for (StartupTimeline.TimelineEvent event : events) {
            var step = event.getStartupStep();
            long total = event.getDuration().toMillis();
            long own = event.getDuration().minus(inside.getOrDefault(step.getId(), Duration.ZERO)).toMillis();
            String tags = java.util.stream.StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "));
            steps.add(new Step(own, total, step.getName() + " " + tags));
        }
        steps.sort(Comparator.comparingLong(Step::own).reversed());
        System.out.printf("%6s %6s  %s%n", "own ms", "all ms", "step");
        steps.stream().limit(top).forEach(s -> System.out.printf("%6d %6d  %.150s%n", s.own(), s.total(), s.name()));
    }

    private StartupSteps() {
    }
}
