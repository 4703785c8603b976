package uk.gov.ddat.capability.bot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.ddat.capability.bot.BotApplication;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;
import uk.gov.ddat.capability.bot.testing.Payloads;

/**
 * Socket Mode end to end: with SLACK_APP_TOKEN set, the app opens a connection (apps.connections.open
 * on a WireMock Slack) to a fake Socket Mode server when it is ready, answers a /skills envelope in
 * its acknowledgement, and closes the connection on shutdown.
 */
class SlackSocketModeTest {

    private final WireMockServer slack = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final FakeSocketMode socket = new FakeSocketMode();
    private ConfigurableApplicationContext app;

    /** Slack's side of a Socket Mode connection: says hello, sends envelopes, records acknowledgements. */
    static final class FakeSocketMode extends WebSocketServer {
        final AtomicReference<WebSocket> connection = new AtomicReference<>();
        final ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
        final AtomicBoolean closed = new AtomicBoolean();

        FakeSocketMode() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setReuseAddr(true);
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connection.set(conn);
            conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                    + "\"connection_info\":{\"app_id\":\"A1\"}}");
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            closed.set(true);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            received.add(message);
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
        }

        @Override
        public void onStart() {
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isActive()) {
            app.close();
        }
        slack.stop();
        socket.stop(1000);
    }

    @Test
    void answersOverSocketModeAndClosesOnShutdown() throws Exception {
        socket.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> socket.getPort() > 0);
        slack.start();
        slack.stubFor(post("/api/auth.test").willReturn(okJson("{\"ok\":true,\"team_id\":\"T1\",\"user_id\":\"U1\"}")));
        slack.stubFor(post("/api/apps.connections.open").willReturn(okJson(
                "{\"ok\":true,\"url\":\"ws://127.0.0.1:" + socket.getPort() + "/link\"}")));

        app = new SpringApplicationBuilder(BotApplication.class).run("--server.port=0", "--management.server.port=0",
                "--framework.reload-interval=0", "--tips.poll-interval=0s",
                "--spring.datasource.url=jdbc:h2:mem:socket-mode;DB_CLOSE_DELAY=-1",
                "--slack.bot-token=xoxb-socket", "--slack.app-token=xapp-socket",
                "--slack.api-url=" + slack.baseUrl() + "/api/");
        await().atMost(Duration.ofSeconds(15)).until(() -> socket.connection.get() != null);

        ObjectNode command = (ObjectNode) SchemaCheck.parse("{}");
        Payloads.form(Payloads.OWN.text("slash")).forEach(command::put);
        command.put("command", "/skills").put("text", "what level is HEO");
        ObjectNode envelope = (ObjectNode) SchemaCheck.parse("{}");
        envelope.put("envelope_id", "env-1").put("type", "slash_commands").put("accepts_response_payload", true);
        envelope.set("payload", command);
        socket.connection.get().send(envelope.toString());

        await().atMost(Duration.ofSeconds(10)).until(() -> socket.received.stream().anyMatch(m -> m.contains("env-1")));
        JsonNode ack = SchemaCheck.parse(socket.received.stream().filter(m -> m.contains("env-1")).findFirst().orElseThrow());
        assertThat(ack.path("payload").path("response_type").asString()).isEqualTo("ephemeral");
        assertThat(ack.path("payload").path("text").asString())
                .contains("Role levels often performed at HEO (Higher Executive Officer)");
        SchemaCheck.assertValidMessageBlocks(ack.path("payload").path("blocks"));

        app.close();
        await().atMost(Duration.ofSeconds(10)).untilTrue(socket.closed);
    }
}
