package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * A bounded soak of the running bot on loopback (run through {@link SlackLoadGenerator} with
 * {@code soak SECONDS}): open-loop signed /skills commands, mentions that go through the saved
 * work queue and the channel pacer, and hostile requests, reported every 30 seconds.
 */
final class SlackSoak {

    private static final String SECRET = "soak-secret";
    private static final int WINDOW_SECONDS = 30;
    private static final List<String> QUESTIONS = List.of("senior", "how do I get from senior to lead",
            "incidnet managment", "what level is HEO", "testing at lead", "help", "capacity", "compare L2 L3");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService raw = Executors.newFixedThreadPool(4);
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Long> commandLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong hostiles = new AtomicLong();
    private final String url;
    private final int port;
    private final String responseBase;

    private SlackSoak(int port, String responseBase) {
        this.port = port;
        this.url = "http://127.0.0.1:" + port + "/slack/events";
        this.responseBase = responseBase;
    }

    static void run(int seconds) throws Exception {
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(50)
                .disableRequestJournal()); // the fake keeps no history, so the heap is the bot's
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"bot_id\":\"B1\"}")));
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")));
        slack.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200)));
        slack.setGlobalFixedDelay(0);
        ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--tips.poll-interval=0s", "--slack.bot-token=xoxb-soak", "--slack.signing-secret=" + SECRET,
                "--slack.api-url=" + slack.baseUrl() + "/api/", "--slack.response-url-prefix=" + slack.baseUrl() + "/",
                "--spring.datasource.url=jdbc:h2:mem:soak;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) bot).getWebServer().getPort();
        SlackSoak soak = new SlackSoak(port, slack.baseUrl());
        SlackWorker worker = bot.getBean(SlackWorker.class);

        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        load.scheduleAtFixedRate(soak::command, 0, 10, TimeUnit.MILLISECONDS);   // 100/s
        load.scheduleAtFixedRate(soak::mention, 0, 100, TimeUnit.MILLISECONDS);  // 10/s
        load.scheduleAtFixedRate(soak::hostile, 0, 100, TimeUnit.MILLISECONDS);  // 10/s
        System.out.printf("%-8s %12s %10s %10s %s%n", "seconds", "heap MB", "p50 ms", "p99 ms", "answers (status=count)");
        for (int elapsed = WINDOW_SECONDS; elapsed <= seconds; elapsed += WINDOW_SECONDS) {
            Thread.sleep(WINDOW_SECONDS * 1000L);
            List<Long> latencies = new ArrayList<>(soak.commandLatencies);
            soak.commandLatencies.clear();
            Map<Integer, Integer> counts = new TreeMap<>();
            soak.statuses.forEach((status, count) -> counts.put(status, count.getAndSet(0)));
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            Collections.sort(latencies);
            System.out.printf("%-8d %12d %10.1f %10.1f %s failures=%d backlog=%d%n", elapsed, heapMb,
                    percentile(latencies, 0.5), percentile(latencies, 0.99), counts, soak.failures.getAndSet(0),
                    worker.backlog());
        }
        load.shutdownNow();
        soak.raw.shutdownNow();
        bot.close();
        slack.stop();
        System.exit(0);
    }

    private void command() {
        long n = sequence.incrementAndGet();
        String body = "token=x&team_id=T1&team_domain=soak&channel_id=C1&channel_name=general&user_id=U1"
                + "&user_name=soak&command=%2Fskills&text=" + URLEncoder.encode(QUESTIONS.get((int) (n % QUESTIONS.size())),
                StandardCharsets.UTF_8) + "&api_app_id=A1&response_url=" + URLEncoder.encode(responseBase
                + "/commands/T1/1/" + n, StandardCharsets.UTF_8) + "&trigger_id=1." + n;
        long sent = System.nanoTime();
        send(signed(body, "application/x-www-form-urlencoded", Instant.now().getEpochSecond()))
                .thenRun(() -> commandLatencies.add(System.nanoTime() - sent));
    }

    private void mention() {
        long n = sequence.incrementAndGet();
        String body = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
                + "\"event_id\":\"EvSoak" + n + "\",\"event_time\":" + Instant.now().getEpochSecond() + ","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> senior\",\"ts\":\"1700000000."
                + n + "\",\"channel\":\"CS" + (n % 50) + "\",\"event_ts\":\"1700000000." + n + "\"}}";
        send(signed(body, "application/json", Instant.now().getEpochSecond()));
    }

    private void hostile() {
        long n = hostiles.incrementAndGet();
        switch ((int) (n % 3)) {
            case 0 -> send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", Long.toString(Instant.now().getEpochSecond()))
                    .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"event_callback\",\"team_id\":\"T1\","
                            + "\"event_id\":\"EvBad" + n + "\",\"event\":{\"type\":\"app_mention\",\"channel\":\"C1\","
                            + "\"ts\":\"1.1\",\"text\":\"" + "a".repeat(50_000) + "\\n2026 ERROR forged\"}}")).build());
            case 1 -> send(signed("payload=%7B%7D", "application/x-www-form-urlencoded",
                    Instant.now().getEpochSecond() + 3600));
            default -> raw.execute(this::oversized);
        }
    }

    /** Declares 50 MB and sends none of it: the answer must come anyway. */
    private void oversized() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 52428800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            int status = Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12));
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        } catch (IOException | RuntimeException e) {
            failures.incrementAndGet();
        }
    }

    private HttpRequest signed(String body, String contentType, long timestamp) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private java.util.concurrent.CompletableFuture<Void> send(HttpRequest request) {
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
            if (failure != null) {
                failures.incrementAndGet();
            } else {
                statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            }
            return null;
        });
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }
}
