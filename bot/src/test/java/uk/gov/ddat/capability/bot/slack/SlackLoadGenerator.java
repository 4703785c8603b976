package uk.gov.ddat.capability.bot.slack;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import uk.gov.ddat.capability.bot.testing.Payloads;

/**
 * Load test on loopback: signed /skills commands against the running bot and, in the same run,
 * against a minimal Bolt app that only acknowledges. Reports, for each, latency at a steady
 * 200 requests/s (open loop: requests are sent on schedule whether or not earlier ones have
 * answered) and the most requests/s it serves with 16 requests in flight. Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.slack.SlackLoadGenerator \
 *     -Dbench.args="20"     # seconds per measurement
 * </pre>
 * With {@code soak} ({@code -Dbench.args="soak 300"}) it instead runs a bounded soak against the
 * bot alone for that many seconds: signed /skills at 100/s, mentions across 50 channels at 10/s,
 * and hostile traffic (unsigned, oversized, future-dated) at 10/s, reporting after every 30 s the
 * heap in use after a GC, the answers by status, and the latency of the signed commands.
 */
public final class SlackLoadGenerator {

    private static final String SECRET = "load-test-secret";
    private static final int ROUNDS = 3;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The slash command body for each question, built once. */
    private final List<String> bodies = SlackTraffic.QUESTIONS.stream()
            .map(q -> Payloads.OWN.slashCommand(Map.of("command", "/skills", "text", q))).toList();

    record Result(String name, double p50Ms, double p99Ms, double achievedPerSecond, int errors) {
        Result named(String newName) {
            return new Result(newName, p50Ms, p99Ms, achievedPerSecond, errors);
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = 20;
        boolean soak = false;
        // exec:exec passes -Dbench.args as one argument: split it.
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                seconds = Integer.parseInt(arg);
            }
            soak |= arg.equals("soak");
        }
        if (soak) {
            SlackSoak.run(seconds);
            return;
        }
        LoopbackBot bot = LoopbackBot.start("load", SECRET,
                new WireMockServer(WireMockConfiguration.options().dynamicPort()));
        Tomcat minimal = minimalBoltApp(bot.slack.baseUrl() + "/api/");

        SlackLoadGenerator load = new SlackLoadGenerator();
        String botUrl = bot.url;
        String minimalUrl = "http://127.0.0.1:" + minimal.getConnector().getLocalPort() + "/slack/events";
        for (String url : List.of(botUrl, minimalUrl)) {
            HttpResponse<String> check = load.http.send(load.request(url, 0), HttpResponse.BodyHandlers.ofString());
            if (check.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + check.statusCode() + ": " + check.body());
            }
        }
        // Warm both up until the JIT has compiled their hot paths.
        load.closed(botUrl, 16, 10);
        load.closed(minimalUrl, 16, 10);

        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            results.add(load.steady(botUrl, 200, seconds).named("bot, 200/s, round " + round));
            results.add(load.steady(minimalUrl, 200, seconds).named("minimal Bolt, 200/s, round " + round));
            results.add(load.closed(botUrl, 16, seconds / 2).named("bot, 16 in flight, round " + round));
            results.add(load.closed(minimalUrl, 16, seconds / 2).named("minimal Bolt, 16 in flight, round " + round));
        }
        System.out.println();
        System.out.printf("%-38s %9s %9s %12s %7s%n", "run", "p50 ms", "p99 ms", "requests/s", "errors");
        for (Result r : results) {
            System.out.printf("%-38s %9.2f %9.2f %12.1f %7d%n", r.name(), r.p50Ms(), r.p99Ms(), r.achievedPerSecond(),
                    r.errors());
        }
        List<Double> ratios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            double ratio = results.get(round * 4 + 2).achievedPerSecond() / results.get(round * 4 + 3).achievedPerSecond();
            ratios.add(ratio);
            System.out.printf("round %d: bot / minimal throughput = %.2f%n", round + 1, ratio);
        }
        Collections.sort(ratios);
        System.out.printf("median bot / minimal throughput = %.2f%n", ratios.get(ROUNDS / 2));
        bot.close();
        minimal.stop();
        minimal.destroy();
        System.exit(0);
    }

    /** Bolt and nothing else: the same servlet container, a /skills handler that only acknowledges. */
    private static Tomcat minimalBoltApp(String apiUrl) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setStatsEnabled(false);
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl);
        App app = new App(AppConfig.builder().slack(Slack.getInstance(slackConfig)).signingSecret(SECRET)
                .singleTeamBotToken("xoxb-load").build());
        app.command("/skills", (request, ctx) -> ctx.ack());
        Tomcat tomcat = new Tomcat();
        tomcat.setPort(0);
        tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("tomcat").toString());
        Context context = tomcat.addContext("", null);
        Tomcat.addServlet(context, "slack", new SlackAppServlet(app));
        context.addServletMappingDecoded("/slack/events", "slack");
        tomcat.getConnector();
        tomcat.start();
        return tomcat;
    }

    /** Open loop: one request every 1/rate seconds for the duration, timed from when it was due. */
    Result steady(String url, int perSecond, int seconds) throws Exception {
        int total = perSecond * seconds;
        long interval = 1_000_000_000L / perSecond;
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(http.sendAsync(request(url, i), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies.add(System.nanoTime() - due);
                        if (failure != null || response.statusCode() != 200) {
                            errors.incrementAndGet();
                            System.err.println("error: " + (failure != null ? failure : response.statusCode()));
                        }
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(x -> null).join();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return summary(latencies, total / elapsed, errors.get());
    }

    /** Closed loop: {@code concurrency} workers each send the next request as soon as the last answers. */
    Result closed(String url, int concurrency, int seconds) throws Exception {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong completed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                int i = worker;
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = http.send(request(url, i), HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                            System.err.println("error: " + response.statusCode());
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        System.err.println("error: " + e);
                    }
                    latencies.add(System.nanoTime() - sent);
                    completed.incrementAndGet();
                    i += concurrency;
                }
            });
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return summary(latencies, completed.get() / elapsed, errors.get());
    }

    private HttpRequest request(String url, int i) {
        return LoopbackBot.signed(url, SECRET, bodies.get(i % bodies.size()), "application/x-www-form-urlencoded",
                Instant.now().getEpochSecond());
    }

    private static Result summary(ConcurrentLinkedQueue<Long> latencies, double perSecond, int errors) {
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result("", SlackTraffic.percentileMs(sorted, 0.50), SlackTraffic.percentileMs(sorted, 0.99),
                perSecond, errors);
    }

    private SlackLoadGenerator() {
    }
}
