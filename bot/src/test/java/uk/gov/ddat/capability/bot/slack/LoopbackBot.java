package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Instant;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;

import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.SlackSigner;

/**
 * The real bot started in-process on loopback for the load generators and benchmarks, with
 * Slack's Web API and response_url faked by WireMock, and requests signed as Slack signs them.
 */
final class LoopbackBot implements AutoCloseable {

    final WireMockServer slack;
    final ConfigurableApplicationContext context;
    final int port;
    final String url;
    /** HTTP/1.1, as Slack sends: one request a connection at a time, like the real traffic. */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String secret;

    private LoopbackBot(WireMockServer slack, ConfigurableApplicationContext context, String secret) {
        this.slack = slack;
        this.context = context;
        this.secret = secret;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.url = "http://127.0.0.1:" + port + "/slack/events";
    }

    /**
     * Starts the fake Slack (answering auth.test and every response_url), then the bot against it
     * with an in-memory database called {@code name}. The caller adds the stubs its traffic needs.
     */
    static LoopbackBot start(String name, String secret, WireMockServer slack) {
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"UBOT\","
                + "\"bot_id\":\"B1\"}")));
        slack.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200)));
        // Command-line arguments, so they win over application.yml.
        ConfigurableApplicationContext bot = new SpringApplicationBuilder(BotApplication.class).run(
                "--server.port=0", "--management.server.port=0", "--framework.reload-interval=0",
                "--tips.poll-interval=0s", "--slack.bot-token=xoxb-" + name, "--slack.signing-secret=" + secret,
                "--slack.api-url=" + slack.baseUrl() + "/api/", "--slack.response-url-prefix=" + slack.baseUrl() + "/",
                "--spring.datasource.url=jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "--logging.level.root=WARN");
        return new LoopbackBot(slack, bot, secret);
    }

    /** A request to the bot signed now. */
    HttpRequest signed(String body, String contentType) {
        return signed(body, contentType, Instant.now().getEpochSecond());
    }

    /** A request to the bot signed as sent at {@code timestamp} (epoch seconds). */
    HttpRequest signed(String body, String contentType, long timestamp) {
        return signed(url, secret, body, contentType, timestamp);
    }

    /** A request to any Bolt app at {@code url} with that signing secret. */
    static HttpRequest signed(String url, String secret, String body, String contentType, long timestamp) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", SlackSigner.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Override
    public void close() {
        context.close();
        slack.stop();
    }
}
