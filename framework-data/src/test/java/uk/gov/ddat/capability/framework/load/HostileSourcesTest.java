package uk.gov.ddat.capability.framework.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Sources that misbehave: an export address that redirects, sends too much or drips, and a
 * FRAMEWORK_DATA_FILE that is not YAML at all (its content must not appear in the error).
 */
class HostileSourcesTest {

    private HttpServer server;

    @TempDir
    Path dir;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/moved/roles.csv", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + server.getAddress().getPort()
                    + "/export/roles.csv");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/huge/roles.csv", exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked, no declared length
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 160; i++) { // 10 MB
                    out.write(chunk);
                }
            } catch (IOException stoppedReading) {
                // the client gave up at its limit
            }
        });
        server.createContext("/drip/roles.csv", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException stopped) {
                // the client gave up
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRedirectIsNotFollowed() {
        assertThatThrownBy(() -> ExportReader.fromUrl(url("/moved/roles.csv"), Duration.ofSeconds(5)))
                .isInstanceOf(FrameworkDataException.class)
                .hasMessageContaining("HTTP 301, a redirect, which is not followed");
    }

    @Test
    void aBodyOverTheLimitIsCutOff() {
        assertThatThrownBy(() -> ExportReader.fromUrl(url("/huge/roles.csv"), Duration.ofSeconds(10), 1024 * 1024))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("larger than 1048576 bytes");
    }

    @Test
    void aDripIsCutOffAtTheTotalTime() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> ExportReader.fromUrl(url("/drip/roles.csv"), Duration.ofSeconds(1)))
                .isInstanceOf(FrameworkDataException.class).hasMessageContaining("cannot fetch within PT1S");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aDataFileThatIsNotYamlIsRefusedWithoutQuotingIt() throws IOException {
        Path shadow = dir.resolve("shadow");
        Files.writeString(shadow, "root:$6$SeCrEtSaLt$hashhashhash:19000:0:99999:7:::\n"
                + "daemon:*:19000:0:99999:7:::\n", StandardCharsets.UTF_8);
        Path keys = dir.resolve("keys.yml");
        Files.writeString(keys, "aws_secret_access_key: AKIASECRETVALUE123\n", StandardCharsets.UTF_8);
        Path binary = dir.resolve("binary");
        Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, (byte) 0xff, (byte) 0xfe});

        for (Path file : new Path[] {shadow, keys, binary}) {
            FrameworkSourceConfig config = new FrameworkSourceConfig(Optional.empty(), Optional.empty(),
                    Duration.ofSeconds(1), Optional.of(file));
            assertThatThrownBy(() -> new FrameworkLoader(config).load())
                    .isInstanceOf(FrameworkDataException.class)
                    .hasMessageContaining(file.toString())
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SeCrEt").doesNotContain("$6$")
                            .doesNotContain("hashhash").doesNotContain("aws_secret").doesNotContain("AKIA")
                            .doesNotContain("ELF"));
        }
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}
