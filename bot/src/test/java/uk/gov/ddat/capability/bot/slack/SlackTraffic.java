package uk.gov.ddat.capability.bot.slack;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop background traffic against a {@link LoopbackBot}, as in the soak: signed /skills
 * questions at 100/s (answered in the acknowledgement) and mentions at 10/s across 50 channels
 * (saved as work and answered by the worker, paced per channel). Counts the answers by status,
 * the failures, and the commands' latency.
 */
final class SlackTraffic {

    static final List<String> QUESTIONS = List.of("senior", "how do I get from senior to lead",
            "incidnet managment", "what level is HEO", "testing at lead", "help", "capacity", "compare L2 L3");

    private final LoopbackBot bot;
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> commandLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();

    SlackTraffic(LoopbackBot bot) {
        this.bot = bot;
    }

    /** Commands every 10 ms and mentions every 100 ms on {@code load}, until it is shut down. */
    void start(ScheduledExecutorService load) {
        load.scheduleAtFixedRate(this::command, 0, 10, TimeUnit.MILLISECONDS);
        load.scheduleAtFixedRate(this::mention, 0, 100, TimeUnit.MILLISECONDS);
    }

    void command() {
        long n = sequence.incrementAndGet();
        String body = "token=x&team_id=T1&team_domain=soak&channel_id=C1&channel_name=general&user_id=U1"
                + "&user_name=soak&command=%2Fskills&text=" + URLEncoder.encode(QUESTIONS.get((int) (n % QUESTIONS.size())),
                StandardCharsets.UTF_8) + "&api_app_id=A1&response_url=" + URLEncoder.encode(bot.slack.baseUrl()
                + "/commands/T1/1/" + n, StandardCharsets.UTF_8) + "&trigger_id=1." + n;
        long sent = System.nanoTime();
        send(bot.signed(body, "application/x-www-form-urlencoded"))
                .thenRun(() -> commandLatencies.add(System.nanoTime() - sent));
    }

    void mention() {
        long n = sequence.incrementAndGet();
        String body = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvSoak" + n + "\",\"event_time\":" + Instant.now().getEpochSecond() + ","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> senior\",\"ts\":\"1700000000."
                + n + "\",\"channel\":\"CS" + (n % 50) + "\",\"event_ts\":\"1700000000." + n + "\"}}";
        send(bot.signed(body, "application/json"));
    }

    /** Sends without waiting; the answer's status (or the failure) is counted when it comes. */
    CompletableFuture<Void> send(HttpRequest request) {
        return bot.http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                failed();
            } else {
                answered(response.statusCode());
            }
            return null;
        });
    }

    void answered(int status) {
        statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    void failed() {
        failures.incrementAndGet();
    }

    /** The commands' latencies since the last call, sorted, in nanoseconds. */
    List<Long> takeCommandLatencies() {
        List<Long> latencies = new ArrayList<>();
        for (Long latency; (latency = commandLatencies.poll()) != null; ) {
            latencies.add(latency);
        }
        Collections.sort(latencies);
        return latencies;
    }

    /** The answers by status since the last call. */
    Map<Integer, Integer> takeStatuses() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.getAndSet(0)));
        return counts;
    }

    /** Requests that got no answer at all since the last call. */
    int takeFailures() {
        return failures.getAndSet(0);
    }

    /** The {@code p} quantile of sorted nanoseconds, in milliseconds (NaN for none). */
    static double percentileMs(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
