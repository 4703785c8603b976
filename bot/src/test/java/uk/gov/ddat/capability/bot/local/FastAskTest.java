package uk.gov.ddat.capability.bot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prepared-JVM cache of --ask: where it lives, when it may be used, and who prepares it. */
class FastAskTest {

    @TempDir
    Path folder;

    private final Function<String, String> properties = name -> switch (name) {
        case "user.home" -> "/home/someone";
        case "java.home" -> "/opt/java";
        case "java.vm.version" -> "17.0.15";
        default -> null;
    };

    @Test
    void theCacheFolderIsTheSettingThenXdgThenHomeAndOffSwitchesItOff() {
        assertThat(AskCache.root(Map.of("BOT_CACHE_DIR", "/data/cache"), properties)).contains(Path.of("/data/cache"));
        assertThat(AskCache.root(Map.of("XDG_CACHE_HOME", "/xdg"), properties))
                .contains(Path.of("/xdg/capability-framework-bot"));
        assertThat(AskCache.root(Map.of(), properties))
                .contains(Path.of("/home/someone/.cache/capability-framework-bot"));
        assertThat(AskCache.root(Map.of("BOT_CACHE_DIR", "OFF", "XDG_CACHE_HOME", "/xdg"), properties)).isEmpty();
        assertThat(AskCache.root(Map.of("BOT_CACHE_DIR", "relative-cache"), properties))
                .contains(Path.of("relative-cache").toAbsolutePath());
    }

    @Test
    void aRebuiltJarGetsANewVersionFolder() throws IOException {
        Path jar = Files.write(folder.resolve("bot.jar"), new byte[] {1, 2, 3});
        AskCache before = cacheFor(jar);
        assertThat(cacheFor(jar).archive()).isEqualTo(before.archive());

        Files.write(jar, new byte[] {1, 2, 3, 4});
        assertThat(cacheFor(jar).archive()).isNotEqualTo(before.archive());
        assertThat(cacheFor(jar).archive().getParent().getParent()).isEqualTo(before.archive().getParent().getParent());
    }

    @Test
    void onlyAWholePublishedPreparationInPrivateFoldersIsReady() throws IOException {
        AskCache cache = cacheFor(Files.write(folder.resolve("bot.jar"), new byte[] {1}));
        Path claim = cache.claimPreparation().orElseThrow();
        cache.startPreparation();
        Files.createDirectories(cache.jar().getParent());
        Files.write(cache.jar(), new byte[] {9, 9});
        Files.createDirectories(cache.jar().resolveSibling("lib"));
        Files.write(cache.jar().resolveSibling("lib").resolve("library.jar"), new byte[] {5});
        Files.write(cache.partArchive(), new byte[] {7, 7, 7});
        assertThat(cache.ready()).as("before publishing").isFalse();

        cache.publish(claim);
        assertThat(cache.ready()).isTrue();
        assertThat(claim).doesNotExist();

        Files.write(cache.archive(), new byte[] {7}); // cut short
        assertThat(cache.ready()).as("archive size changed").isFalse();
        Files.write(cache.archive(), new byte[] {7, 7, 7});
        assertThat(cache.ready()).isTrue();
        Files.delete(cache.jar().resolveSibling("lib").resolve("library.jar")); // removed by a cleaner
        assertThat(cache.ready()).as("a library missing").isFalse();
        Files.write(cache.jar().resolveSibling("lib").resolve("library.jar"), new byte[] {5});
        assertThat(cache.ready()).isTrue();

        Files.setPosixFilePermissions(cache.archive().getParent(), PosixFilePermissions.fromString("rwxrwxr-x"));
        assertThat(cache.ready()).as("a folder others can write to").isFalse();
        Files.setPosixFilePermissions(cache.archive().getParent(), PosixFilePermissions.fromString("rwx------"));

        cache.discard();
        assertThat(cache.ready()).isFalse();
        assertThat(cache.archive()).doesNotExist();
    }

    @Test
    void oneRunPreparesAtATimeUnlessTheClaimIsStale() throws IOException {
        AskCache cache = cacheFor(Files.write(folder.resolve("bot.jar"), new byte[] {1}));
        Optional<Path> first = cache.claimPreparation();
        assertThat(first).isPresent();
        assertThat(cache.claimPreparation()).as("claimed by the first").isEmpty();

        Files.setLastModifiedTime(first.get(), FileTime.from(Instant.now().minus(9, ChronoUnit.MINUTES)));
        assertThat(cache.claimPreparation()).as("a preparation may take nine minutes").isEmpty();
        Files.setLastModifiedTime(first.get(), FileTime.from(Instant.now().minus(11, ChronoUnit.MINUTES)));
        assertThat(cache.claimPreparation()).as("a claim from a run that died").contains(first.get());
    }

    @Test
    void publishingRemovesOlderVersionsOfTheSameJar() throws IOException {
        Path jar = Files.write(folder.resolve("bot.jar"), new byte[] {1});
        AskCache old = prepared(cacheFor(jar));
        Files.write(jar, new byte[] {1, 2});
        AskCache current = prepared(cacheFor(jar));

        assertThat(current.ready()).isTrue();
        assertThat(old.archive().getParent()).doesNotExist();
    }

    @Test
    void theJarLaunchIsTheOptionsBeforeDashJarWhenItNamesTheJarOnTheClassPath() throws IOException {
        Path jar = Files.write(folder.resolve("bot.jar"), new byte[] {1});
        Path other = Files.write(folder.resolve("other.jar"), new byte[] {1});

        assertThat(FastAsk.JarLaunch.fromArguments(List.of("-Xmx256m", "-Dx=y", "-jar", jar.toString(), "--ask", "lead"), jar))
                .contains(new FastAsk.JarLaunch(jar.toAbsolutePath(), List.of("-Xmx256m", "-Dx=y")));
        assertThat(FastAsk.JarLaunch.fromArguments(List.of("-jar", other.toString(), "--ask", "lead"), jar)).isEmpty();
        assertThat(FastAsk.JarLaunch.fromArguments(List.of("-cp", jar.toString(), "Main"), jar)).isEmpty();
        assertThat(FastAsk.JarLaunch.fromArguments(List.of("-jar"), jar)).isEmpty();
    }

    @Test
    void withoutAJarLaunchNothingIsHandedOnOrPrepared() {
        Path cacheFolder = folder.resolve("cache");
        FastAsk fastAsk = new FastAsk(Map.of("BOT_CACHE_DIR", cacheFolder.toString()), properties, Optional.empty());

        assertThat(fastAsk.answerInPreparedJvm(new String[] {"--ask", "lead"})).isEmpty();
        fastAsk.prepareLater();
        assertThat(fastAsk.prepare()).isEqualTo(1);
        assertThat(cacheFolder).doesNotExist();
    }

    private AskCache cacheFor(Path jar) {
        return AskCache.forJar(jar, Map.of("BOT_CACHE_DIR", folder.resolve("cache").toString()), properties).orElseThrow();
    }

    private static AskCache prepared(AskCache cache) throws IOException {
        Path claim = cache.claimPreparation().orElseThrow();
        cache.startPreparation();
        Files.createDirectories(cache.jar().getParent());
        Files.write(cache.jar(), new byte[] {1});
        Files.write(cache.partArchive(), new byte[] {1});
        cache.publish(claim);
        return cache;
    }
}
