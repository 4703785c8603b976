package uk.gov.ddat.capability.bot.tips;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.TestDatabases;

/**
 * 10,000 subscriptions due at once, posted by the running application to a fake Slack Web API on
 * loopback that enforces Slack's limit of one message a second per channel (429 with Retry-After
 * beyond it). Reports the time until every channel has its tip, the throughput, and duplicates.
 * Run with:
 * <pre>
 * mvn -q -pl bot test-compile exec:exec -Dbench.main=uk.gov.ddat.capability.bot.tips.TipDeliveryBenchmark \
 *     -Dbench.args="10000"        # add a PostgreSQL JDBC URL as a second argument to use it instead of H2
 * </pre>
 */
public final class TipDeliveryBenchmark {

    private TipDeliveryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = 10_000;
        String postgres = null;
        // exec:exec passes -Dbench.args as one argument: split it.
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.matches("\\d+")) {
                count = Integer.parseInt(arg);
            } else if (arg.startsWith("jdbc:postgresql:")) {
                postgres = arg;
            }
        }
        FakeSlack slack = new FakeSlack();
        TestDatabases.Database db;
        if (postgres != null) {
            System.setProperty(TestDatabases.POSTGRES_PROPERTY, postgres);
            db = TestDatabases.postgres();
        } else {
            db = TestDatabases.h2();
        }
        DueSubscriptions.create(new SubscriptionStore(db.jdbc(), db.transactions()), count);

        long start = System.nanoTime();
        ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--spring.datasource.url=" + db.url(), "--spring.flyway.enabled=false",
                "--slack.bot-token=xoxb-bench", "--slack.signing-secret=secret",
                "--slack.api-url=http://127.0.0.1:" + slack.port() + "/api/",
                "--tips.poll-interval=1s", "--logging.level.root=WARN");
        long ready = System.nanoTime();
        while (slack.channels() < count && System.nanoTime() - start < Duration.ofMinutes(10).toNanos()) {
            Thread.sleep(50);
        }
        long done = System.nanoTime();
        Thread.sleep(3_000); // anything posted twice would show up now
        double seconds = (done - ready) / 1e9;
        System.out.printf("%nsubscriptions: %d (%s)%n", count, postgres == null ? "H2" : "PostgreSQL");
        System.out.printf("application start: %.1f s%n", (ready - start) / 1e9);
        System.out.printf("all delivered in: %.1f s after start, %.0f tips/s%n", seconds, count / seconds);
        System.out.printf("channels with a tip: %d, posts accepted: %d, duplicates: %d, 429s returned: %d%n",
                slack.channels(), slack.accepted.get(), slack.accepted.get() - slack.channels(), slack.limited.get());
        bot.close();
        slack.stop();
        db.close();
        System.exit(slack.accepted.get() == count && slack.channels() == count ? 0 : 1);
    }

    /** Slack's Web API as far as tips need it, with its per-channel limit. */
    static final class FakeSlack {
        final ConcurrentHashMap<String, Long> lastPost = new ConcurrentHashMap<>();
        final ConcurrentHashMap<String, Integer> posts = new ConcurrentHashMap<>();
        final AtomicInteger accepted = new AtomicInteger();
        final AtomicInteger limited = new AtomicInteger();
        private final HttpServer server;

        FakeSlack() throws IOException {
            // Without it the JDK's server waits on delayed ACKs, about 40 ms a request.
            System.setProperty("sun.net.httpserver.nodelay", "true");
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
            server.setExecutor(Executors.newFixedThreadPool(16));
            server.createContext("/api/auth.test", exchange -> reply(exchange, 200,
                    "{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\"}"));
            server.createContext("/api/chat.postMessage", this::postMessage);
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        int channels() {
            return posts.size();
        }

        void stop() {
            server.stop(0);
        }

        private void postMessage(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String channel = "";
            for (String pair : body.split("&")) {
                if (pair.startsWith("channel=")) {
                    channel = URLDecoder.decode(pair.substring(8), StandardCharsets.UTF_8);
                }
            }
            long now = System.nanoTime();
            Long last = lastPost.put(channel, now);
            if (last != null && now - last < 1_000_000_000L) {
                limited.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", "1");
                reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
                return;
            }
            posts.merge(channel, 1, Integer::sum);
            accepted.incrementAndGet();
            reply(exchange, 200, "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"1.1\"}");
        }

        private static void reply(HttpExchange exchange, int status, String json) throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
