package uk.gov.ddat.capability.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Each caller may make API_RATE_PER_MINUTE requests a minute; the next gets 429 with Retry-After. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "api.enabled=true", "api.rate-per-minute=3", "management.server.port=0", "framework.reload-interval=0",
        "spring.datasource.url=jdbc:h2:mem:api-rate;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class ApiRateLimitTest {

    @LocalServerPort
    int port;

    @Test
    void aCallerOverTheRateIsToldWhenToComeBackWhileOthersAreStillServed() throws IOException {
        ApiCalls calls = new ApiCalls(port);
        for (int i = 0; i < 3; i++) {
            assertThat(calls.get("/api/v1/grades").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = calls.get("/api/v1/framework");
        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(refused.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(ApiCalls.contentType(refused)).startsWith("application/problem+json");
        JsonNode problem = ApiCalls.json(refused);
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("detail").asString()).contains("More than 3 requests a minute");
        new OpenApiDescription().assertConforms("/api/v1/framework", refused);
        assertThat(calls.get("/api/v1/nowhere").statusCode()).as("unknown paths count too").isEqualTo(429);

        assertThat(statusFrom("127.0.0.2", "/api/v1/framework")).as("another caller").isEqualTo(200);
        for (String outside : new String[] {"/slack/events", "/api/messages", "/teams/webhook"}) {
            HttpResponse<String> response = calls.send(HttpRequest.newBuilder(calls.uri(outside))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
            assertThat(response.statusCode()).as(outside + " is not the API's").isNotEqualTo(429);
            assertThat(ApiCalls.contentType(response)).as(outside).doesNotContain("problem+json");
        }
    }

    /** A GET from another loopback address (all of 127/8 is this machine): another caller. */
    private int statusFrom(String localAddress, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }
}
