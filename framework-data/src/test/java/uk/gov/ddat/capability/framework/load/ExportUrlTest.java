package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import uk.gov.ddat.capability.framework.FrameworkModel;

/** FRAMEWORK_EXPORT_URL: the export fetched over HTTP from a local server. */
class ExportUrlTest {

    private HttpServer server;

    @BeforeEach
    void serveTheFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/export/roles.csv", exchange -> {
            byte[] body = Files.readAllBytes(ExportImporterTest.FIXTURE.resolve("roles.csv"));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/slow/roles.csv", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(500, -1);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void loadsFromAUrlWithoutSkillsCsv() {
        FrameworkSourceConfig config = new FrameworkSourceConfig(Optional.empty(), Optional.of(url("/export/roles.csv")),
                Duration.ofSeconds(5), Optional.empty());
        FrameworkModel model = new FrameworkLoader(config).load();
        assertThat(model.role("Software developer")).isPresent();
        assertThat(model.skills()).hasSize(2);
        assertThat(config.describe()).contains("/export/roles.csv");
    }

    @Test
    void aMissingOrSlowExportFailsClearly() {
        assertThatThrownBy(() -> ExportReader.fromUrl(url("/nowhere/"), Duration.ofSeconds(5)))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("roles.csv: not found (HTTP 404)");
        assertThatThrownBy(() -> ExportReader.fromUrl(url("/slow/roles.csv"), Duration.ofMillis(300)))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("cannot fetch");
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
