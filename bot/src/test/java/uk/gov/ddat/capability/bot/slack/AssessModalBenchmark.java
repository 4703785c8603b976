package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import uk.gov.ddat.capability.bot.testing.Payloads;

/**
 * How soon the self-assessment modal opens after {@code /skills assess} while the bot is under
 * the soak's background load (signed /skills questions at 100/s, mentions at 10/s). Slack's
 * trigger id expires 3 seconds after the command, so views.open must reach Slack well within
 * that. Each assess (every 250 ms, from one of 50 people who have set their level, with a trigger
 * id of its own) is timed from sending the command to the fake Slack receiving the views.open
 * with that trigger id. A 10 s warm-up under the same load is reported apart. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.slack.AssessModalBenchmark \
 *     -Dbench.args="30"     # seconds measured
 * </pre>
 * {@code post-ms=N} ({@code -Dbench.args="30 post-ms=1000"}) makes the fake chat.postMessage answer
 * after N ms, as a slow Slack would: the mentions' replies then hold the reply threads longer.
 */
public final class AssessModalBenchmark {

    private static final String SECRET = "assess-bench-secret";
    private static final int PEOPLE = 50;
    private static final int WARM_UP_SECONDS = 10;
    private static final long TRIGGER_LIFETIME_NANOS = 3_000_000_000L;
    /** After the load stops, how long a modal may still arrive before it counts as never opened. */
    private static final long LATE_NANOS = 10_000_000_000L;

    /** One /skills assess: its trigger id, when it was sent, and when its acknowledgement came. */
    record Assess(String triggerId, long sentNanos, AtomicLong ackNanos, AtomicInteger ackStatus) {
    }

    /** When the fake Slack received each views.open, by trigger id, and the response_url POSTs by path. */
    private static final class Received implements ServeEventListener {
        final Map<String, Long> opened = new ConcurrentHashMap<>();
        final AtomicInteger levelsSaved = new AtomicInteger();
        final AtomicInteger assessAnsweredInstead = new AtomicInteger();

        @Override
        public void beforeMatch(ServeEvent event, Parameters parameters) {
            long now = System.nanoTime();
            String url = event.getRequest().getUrl();
            if (url.startsWith("/api/views.open")) {
                opened.putIfAbsent(Payloads.form(event.getRequest().getBodyAsString()).get("trigger_id"), now);
            } else if (url.startsWith("/commands/level/")) {
                levelsSaved.incrementAndGet();
            } else if (url.startsWith("/commands/assess/")) {
                assessAnsweredInstead.incrementAndGet(); // no modal: answered with a message instead
            }
        }

        @Override
        public String getName() {
            return "assess-benchmark-received";
        }
    }

    private final LoopbackBot bot;
    private final Received received;
    private final AtomicLong sequence = new AtomicLong();
    private volatile ConcurrentLinkedQueue<Assess> assesses = new ConcurrentLinkedQueue<>();

    private AssessModalBenchmark(LoopbackBot bot, Received received) {
        this.bot = bot;
        this.received = received;
    }

    public static void main(String[] args) throws Exception {
        int seconds = 30;
        int postMs = 0;
        // exec:exec passes -Dbench.args as one argument (after -Dbench's pattern): split it.
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                seconds = Integer.parseInt(arg);
            } else if (arg.matches("post-ms=\\d+")) {
                postMs = Integer.parseInt(arg.substring("post-ms=".length()));
            }
        }
        Received received = new Received();
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(50)
                .disableRequestJournal().extensions(received));
        LoopbackBot bot = LoopbackBot.start("assess", SECRET, slack);
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")
                .withFixedDelay(postMs)));
        slack.stubFor(post("/api/views.open").willReturn(okJson("{\"ok\":true,\"view\":{\"id\":\"V1\"}}")));
        slack.stubFor(post("/api/conversations.open").willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"D1\"}}")));
        slack.stubFor(post("/api/files.getUploadURLExternal").willReturn(okJson(
                "{\"ok\":true,\"upload_url\":\"" + slack.baseUrl() + "/upload/F1\",\"file_id\":\"F1\"}")));
        slack.stubFor(post(urlPathMatching("/upload/.*")).willReturn(aResponse().withStatus(200).withBody("OK - 1")));
        slack.stubFor(post("/api/files.completeUploadExternal").willReturn(okJson(
                "{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"chart\"}]}")));

        AssessModalBenchmark benchmark = new AssessModalBenchmark(bot, received);
        benchmark.setLevels();
        SlackTraffic traffic = new SlackTraffic(bot);
        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        traffic.start(load);
        load.scheduleAtFixedRate(benchmark::assess, 0, 250, TimeUnit.MILLISECONDS);

        Thread.sleep(WARM_UP_SECONDS * 1000L);
        ConcurrentLinkedQueue<Assess> warmUp = benchmark.assesses;
        benchmark.assesses = new ConcurrentLinkedQueue<>();
        List<Long> warmUpCommands = traffic.takeCommandLatencies();
        Map<Integer, Integer> warmUpStatuses = traffic.takeStatuses();
        int warmUpFailures = traffic.takeFailures();

        Thread.sleep(seconds * 1000L);
        load.shutdownNow();
        int backlog = bot.context.getBean(SlackWorker.class).backlog();
        ConcurrentLinkedQueue<Assess> measured = benchmark.assesses;
        List<Long> commands = traffic.takeCommandLatencies();
        Map<Integer, Integer> statuses = traffic.takeStatuses();
        int failures = traffic.takeFailures();
        long giveUp = System.nanoTime() + LATE_NANOS;
        while (System.nanoTime() < giveUp && !measured.stream().allMatch(a -> received.opened.containsKey(a.triggerId()))) {
            Thread.sleep(100);
        }

        System.out.printf("%nBackground: signed /skills questions at 100/s and mentions at 10/s (50 channels); "
                + "/skills assess every 250 ms from %d people; chat.postMessage answers after %d ms.%n", PEOPLE, postMs);
        System.out.printf("%-34s %6s %8s %8s %8s %8s %7s %8s %13s%n", "command -> views.open", "count", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "over 3s", "missing", "ack p99 ms");
        benchmark.report("warm-up " + WARM_UP_SECONDS + " s", warmUp);
        benchmark.report("measured " + seconds + " s", measured);
        System.out.printf("assess answered with a message instead of a modal: %d; the worker's backlog when the load "
                + "stopped: %d%n", received.assessAnsweredInstead.get(), backlog);
        System.out.printf("%-34s %6s %8s %8s %s%n", "background /skills questions", "count", "p50 ms", "p99 ms",
                "answers (status=count), failures");
        System.out.printf("%-34s %6d %8.1f %8.1f %s failures=%d%n", "warm-up " + WARM_UP_SECONDS + " s",
                warmUpCommands.size(), SlackTraffic.percentileMs(warmUpCommands, 0.5),
                SlackTraffic.percentileMs(warmUpCommands, 0.99), warmUpStatuses, warmUpFailures);
        System.out.printf("%-34s %6d %8.1f %8.1f %s failures=%d%n", "measured " + seconds + " s", commands.size(),
                SlackTraffic.percentileMs(commands, 0.5), SlackTraffic.percentileMs(commands, 0.99), statuses, failures);
        System.out.printf("(the answers include the mentions'; errors are answers other than 200, and failures)%n");
        bot.close();
        System.exit(0);
    }

    /** Each person sets their level; waits until every one has been answered on its response_url. */
    private void setLevels() throws Exception {
        for (int i = 0; i < PEOPLE; i++) {
            HttpResponse<String> ack = bot.http.send(bot.signed(slashCommand("me senior infrastructure operations engineer",
                    person(i), "level", i), "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.ofString());
            if (ack.statusCode() != 200) {
                throw new IllegalStateException("/skills me answered " + ack.statusCode() + ": " + ack.body());
            }
        }
        long giveUp = System.nanoTime() + 60_000_000_000L;
        while (received.levelsSaved.get() < PEOPLE) {
            if (System.nanoTime() > giveUp) {
                throw new IllegalStateException("only " + received.levelsSaved.get() + " of " + PEOPLE
                        + " levels were saved within 60 s");
            }
            Thread.sleep(50);
        }
    }

    private void assess() {
        long n = sequence.incrementAndGet();
        String body = slashCommand("assess", person((int) (n % PEOPLE)), "assess", n);
        Assess assess = new Assess(Payloads.form(body).get("trigger_id"), System.nanoTime(), new AtomicLong(),
                new AtomicInteger());
        assesses.add(assess);
        bot.http.sendAsync(bot.signed(body, "application/x-www-form-urlencoded"), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    assess.ackNanos().set(System.nanoTime());
                    assess.ackStatus().set(failure == null ? response.statusCode() : -1);
                });
    }

    private String slashCommand(String text, String user, String kind, long n) {
        return Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", text, "user_id", user,
                "response_url", bot.slack.baseUrl() + "/commands/" + kind + "/" + n, "trigger_id", kind + "." + n));
    }

    private static String person(int i) {
        return String.format("UBENCH%03d", i);
    }

    private void report(String label, ConcurrentLinkedQueue<Assess> sent) {
        List<Long> latencies = new ArrayList<>();
        List<Long> acks = new ArrayList<>();
        int missing = 0;
        int badAcks = 0;
        for (Assess assess : sent) {
            Long opened = received.opened.get(assess.triggerId());
            if (opened == null) {
                missing++;
            } else {
                latencies.add(opened - assess.sentNanos());
            }
            if (assess.ackStatus().get() != 200) {
                badAcks++;
            } else {
                acks.add(assess.ackNanos().get() - assess.sentNanos());
            }
        }
        Collections.sort(latencies);
        Collections.sort(acks);
        long over = latencies.stream().filter(l -> l > TRIGGER_LIFETIME_NANOS).count();
        System.out.printf("%-34s %6d %8.1f %8.1f %8.1f %8.1f %7d %8d %13.1f%s%n", label, sent.size(),
                SlackTraffic.percentileMs(latencies, 0.5), SlackTraffic.percentileMs(latencies, 0.95),
                SlackTraffic.percentileMs(latencies, 0.99), SlackTraffic.percentileMs(latencies, 1.0), over, missing,
                SlackTraffic.percentileMs(acks, 0.99), badAcks == 0 ? "" : " (acks not 200: " + badAcks + ")");
    }
}
