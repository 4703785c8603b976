package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * A bounded soak of the running bot on loopback (run through {@link SlackLoadGenerator} with
 * {@code soak SECONDS}): open-loop signed /skills commands, mentions that go through the saved
 * work queue and the channel pacer ({@link SlackTraffic}), and hostile requests, reported every
 * 30 seconds.
 */
final class SlackSoak {

    private static final String SECRET = "soak-secret";
    private static final int WINDOW_SECONDS = 30;

    private final ExecutorService raw = Executors.newFixedThreadPool(4);
    private final AtomicLong hostiles = new AtomicLong();
    private final LoopbackBot bot;
    private final SlackTraffic traffic;

    private SlackSoak(LoopbackBot bot) {
        this.bot = bot;
        this.traffic = new SlackTraffic(bot);
    }

    static void run(int seconds) throws Exception {
        WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(50)
                .disableRequestJournal()); // the fake keeps no history, so the heap is the bot's
        LoopbackBot bot = LoopbackBot.start("soak", SECRET, slack);
        slack.stubFor(post("/api/chat.postMessage").willReturn(okJson("{\"ok\":true,\"ts\":\"1.2\"}")));
        SlackSoak soak = new SlackSoak(bot);
        SlackWorker worker = bot.context.getBean(SlackWorker.class);

        ScheduledExecutorService load = Executors.newScheduledThreadPool(3);
        soak.traffic.start(load);                                                // 100/s and 10/s
        load.scheduleAtFixedRate(soak::hostile, 0, 100, TimeUnit.MILLISECONDS);  // 10/s
        System.out.printf("%-8s %12s %10s %10s %s%n", "seconds", "heap MB", "p50 ms", "p99 ms", "answers (status=count)");
        for (int elapsed = WINDOW_SECONDS; elapsed <= seconds; elapsed += WINDOW_SECONDS) {
            Thread.sleep(WINDOW_SECONDS * 1000L);
            List<Long> latencies = soak.traffic.takeCommandLatencies();
            var counts = soak.traffic.takeStatuses();
            System.gc();
            Runtime runtime = Runtime.getRuntime();
            long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
            System.out.printf("%-8d %12d %10.1f %10.1f %s failures=%d backlog=%d%n", elapsed, heapMb,
                    SlackTraffic.percentileMs(latencies, 0.5), SlackTraffic.percentileMs(latencies, 0.99), counts,
                    soak.traffic.takeFailures(), worker.backlog());
        }
        load.shutdownNow();
        soak.raw.shutdownNow();
        bot.close();
        System.exit(0);
    }

    private void hostile() {
        long n = hostiles.incrementAndGet();
        switch ((int) (n % 3)) {
            case 0 -> traffic.send(HttpRequest.newBuilder(URI.create(bot.url)).header("Content-Type", "application/json")
                    .header("X-Slack-Request-Timestamp", Long.toString(Instant.now().getEpochSecond()))
                    .header("X-Slack-Signature", "v0=" + "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"event_callback\",\"team_id\":\"T1\","
                            + "\"event_id\":\"EvBad" + n + "\",\"event\":{\"type\":\"app_mention\",\"channel\":\"C1\","
                            + "\"ts\":\"1.1\",\"text\":\"" + "a".repeat(50_000) + "\\n2026 ERROR forged\"}}")).build());
            case 1 -> traffic.send(bot.signed("payload=%7B%7D", "application/x-www-form-urlencoded",
                    Instant.now().getEpochSecond() + 3600));
            default -> raw.execute(this::oversized);
        }
    }

    /** Declares 50 MB and sends none of it: the answer must come anyway. */
    private void oversized() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", bot.port), 2_000);
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/json\r\nContent-Length: 52428800\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            traffic.answered(Integer.parseInt(new String(head, StandardCharsets.US_ASCII).substring(9, 12)));
        } catch (IOException | RuntimeException e) {
            traffic.failed();
        }
    }
}
