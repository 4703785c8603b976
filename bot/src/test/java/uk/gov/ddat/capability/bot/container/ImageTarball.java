package uk.gov.ddat.capability.bot.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image Jib wrote (-Dimage.tarball, in the `docker save` layout): its config, and its layers
 * unpacked into one root file system. Unpacked with the system's tar.
 */
record ImageTarball(Path dir, JsonNode config, List<Path> layers) {

    static ImageTarball open(Path workDir) throws Exception {
        Path tarball = Path.of(System.getProperty("image.tarball", "target/jib-image.tar"));
        assertThat(tarball).as("the image tarball (mvn -Pimage package)").isRegularFile();
        run(workDir, "tar", "-xf", tarball.toAbsolutePath().toString());
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(Files.readString(workDir.resolve("manifest.json"))).get(0);
        List<Path> layers = new ArrayList<>();
        manifest.path("Layers").forEach(layer -> layers.add(workDir.resolve(layer.asString())));
        JsonNode config = json.readTree(Files.readString(workDir.resolve(manifest.path("Config").asString())));
        return new ImageTarball(workDir, config, layers);
    }

    JsonNode containerConfig() {
        return config.path("config");
    }

    /** The image's environment variables, as the container starts with them. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        containerConfig().path("Env").forEach(entry -> {
            String[] pair = entry.asString().split("=", 2);
            env.put(pair[0], pair.length == 2 ? pair[1] : "");
        });
        return env;
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        containerConfig().path("Entrypoint").forEach(part -> command.add(part.asString()));
        containerConfig().path("Cmd").forEach(part -> command.add(part.asString()));
        return command;
    }

    /** Every layer unpacked, in order, into a root file system. */
    Path unpack() throws Exception {
        Path root = Files.createDirectories(dir.resolve("rootfs"));
        for (Path layer : layers) {
            run(root, "tar", "--warning=no-unknown-keyword", "-xzf", layer.toString());
        }
        Files.createDirectories(root.resolve("proc"));
        return root;
    }

    static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }
}
