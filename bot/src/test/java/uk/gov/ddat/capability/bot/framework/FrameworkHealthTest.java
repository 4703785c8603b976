package uk.gov.ddat.capability.bot.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.ddat.capability.framework.load.BundledDataReader;

/** A reload of broken data is refused, visible on the health endpoint, and the bot keeps serving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"management.server.port=0", "framework.reload-interval=0",
                "spring.datasource.url=jdbc:h2:mem:framework-health;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"})
class FrameworkHealthTest {

    private static final Path DATA_FILE = createDataFile();

    @DynamicPropertySource
    static void dataFile(DynamicPropertyRegistry registry) {
        registry.add("framework.data-file", DATA_FILE::toString);
    }

    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrokenReloadShowsInHealthWhileTheOldModelServes() throws Exception {
        assertThat(get("/actuator/health")).contains("\"status\":\"UP\"").contains("\"version\":1");

        String good = Files.readString(DATA_FILE);
        Files.writeString(DATA_FILE, good.replace("Testing: expert", "Testing: wizard"));
        assertThat(post("/actuator/framework")).contains("\"reloaded\":false");

        String health = get("/actuator/health");
        assertThat(health).contains("\"status\":\"UP\"").contains("\"version\":1")
                .contains("unknown skill level 'wizard'");

        Files.writeString(DATA_FILE, good);
        assertThat(post("/actuator/framework")).contains("\"reloaded\":true").contains("\"version\":2");
        assertThat(get("/actuator/health")).doesNotContain("lastReloadFailure");
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }

    private static Path createDataFile() {
        try (InputStream in = BundledDataReader.class.getResourceAsStream(BundledDataReader.BUNDLED_RESOURCE)) {
            Path file = Files.createTempFile("framework", ".yml");
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
