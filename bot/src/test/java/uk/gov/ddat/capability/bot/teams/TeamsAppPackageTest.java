package uk.gov.ddat.capability.bot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import uk.gov.ddat.capability.bot.testing.SchemaCheck;

/** The Teams app package the build makes (target/teams-app.zip): a filled-in manifest and two icons. */
class TeamsAppPackageTest {

    /** Built by the generate-resources phase, which runs before any test. */
    static final Path PACKAGE = Path.of("target", "teams-app.zip");

    @Test
    void thePackageHoldsTheManifestAndTheTwoIconsItNames() {
        Map<String, byte[]> files = entries();
        assertThat(files).containsOnlyKeys("manifest.json", "color.png", "outline.png");
        JsonNode manifest = manifest();
        assertThat(manifest.path("icons").path("color").asString()).isEqualTo("color.png");
        assertThat(manifest.path("icons").path("outline").asString()).isEqualTo("outline.png");
    }

    @Test
    void theManifestIsFilledInFromTheBuildSettings() {
        String text = new String(entries().get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("{{").doesNotContain("}}").doesNotContain("${");
        JsonNode manifest = manifest();
        String id = manifest.path("id").asString();
        assertThat(id).matches("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");
        assertThat(manifest.path("bots").get(0).path("botId").asString()).as("the bot is the app").isEqualTo(id);
        assertThat(manifest.path("developer").path("name").asString()).isNotBlank();
        for (String url : new String[] {"websiteUrl", "privacyUrl", "termsOfUseUrl"}) {
            assertThat(manifest.path("developer").path(url).asString()).as(url).startsWith("https://");
        }
    }

    @Test
    void theColourIconIs192SquareAndOpaque() {
        BufferedImage colour = image("color.png");
        assertThat(colour.getWidth()).isEqualTo(192);
        assertThat(colour.getHeight()).isEqualTo(192);
        for (int x = 0; x < 192; x += 7) {
            for (int y = 0; y < 192; y += 7) {
                assertThat(colour.getRGB(x, y) >>> 24).as("alpha at %d,%d", x, y).isEqualTo(255);
            }
        }
    }

    @Test
    void theOutlineIconIs32SquareWhiteOnTransparent() {
        BufferedImage outline = image("outline.png");
        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        int transparent = 0;
        int drawn = 0;
        for (int x = 0; x < 32; x++) {
            for (int y = 0; y < 32; y++) {
                int argb = outline.getRGB(x, y);
                if (argb >>> 24 == 0) {
                    transparent++;
                } else {
                    drawn++;
                    assertThat(argb & 0xFFFFFF).as("colour at %d,%d", x, y).isEqualTo(0xFFFFFF);
                }
            }
        }
        assertThat(transparent).as("transparent pixels").isGreaterThan(32 * 32 / 2);
        assertThat(drawn).as("white pixels").isGreaterThan(20);
    }

    static JsonNode manifest() {
        return SchemaCheck.parse(new String(entries().get("manifest.json"), StandardCharsets.UTF_8));
    }

    private static BufferedImage image(String name) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(entries().get(name)));
            assertThat(image).as("%s is a PNG", name).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> entries() {
        assertThat(PACKAGE).as("the package made by mvn generate-resources").isRegularFile();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(PACKAGE.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                files.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
