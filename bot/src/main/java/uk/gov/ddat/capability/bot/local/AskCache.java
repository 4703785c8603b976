package uk.gov.ddat.capability.bot.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The writable folder where {@code --ask} keeps a prepared copy of the jar: the jar extracted to
 * plain files and a class-data-sharing archive made from one run, so later runs skip most class
 * loading. Never required: if the folder cannot be made, is not the user's own, or is switched off
 * ({@code BOT_CACHE_DIR=off}), {@code --ask} runs as before.
 *
 * <p>Layout: {@code <root>/<hash of the jar's path>/<hash of the jar's size, time and the Java
 * runtime>/} holding {@code app/bot.jar}, {@code app/lib/} and {@code app.jsa}. A rebuilt jar or
 * another Java gets a new version folder; preparing it removes the older ones.
 */
public final class AskCache {

    static final String SETTING = "BOT_CACHE_DIR";
    /** Longer than a preparation may take (three steps of at most three minutes each). */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(10);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path jarFolder;
    private final Path version;
    private final String versionKey;

    private AskCache(Path jarFolder, Path version, String versionKey) {
        this.jarFolder = jarFolder;
        this.version = version;
        this.versionKey = versionKey;
    }

    /**
     * The cache for this jar on this Java, or empty when there is no usable folder. Reads the
     * environment (BOT_CACHE_DIR, XDG_CACHE_HOME) and system properties (user.home, java.home,
     * java.vm.version).
     */
    public static Optional<AskCache> forJar(Path jar, Map<String, String> environment,
                                            Function<String, String> properties) {
        Optional<Path> root = root(environment, properties);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            String runtime = properties.apply("java.home") + "|" + properties.apply("java.vm.version");
            String versionKey = Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis()
                    + "|" + runtime;
            Path jarFolder = root.get().resolve(hash(absolute.toString()));
            return Optional.of(new AskCache(jarFolder, jarFolder.resolve(hash(versionKey)), absolute + "|" + versionKey));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static Optional<Path> root(Map<String, String> environment, Function<String, String> properties) {
        String setting = environment.getOrDefault(SETTING, "").trim();
        if (setting.equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (!setting.isEmpty()) {
            return Optional.of(Path.of(setting).toAbsolutePath());
        }
        String xdg = environment.getOrDefault("XDG_CACHE_HOME", "").trim();
        Path base = !xdg.isEmpty() ? Path.of(xdg) : Path.of(properties.apply("user.home"), ".cache");
        return Optional.of(base.resolve("capability-framework-bot"));
    }

    /** The extracted jar, to start with {@link #archive()}. */
    public Path jar() {
        return version.resolve("app").resolve("bot.jar");
    }

    public Path archive() {
        return version.resolve("app.jsa");
    }

    /**
     * True when a finished preparation of exactly this jar and Java is there, whole (the sizes
     * written when it was made still match: a JVM given a cut-short archive crashes rather than ignoring it), and the folders are
     * safe to run code from: owned by this user and not writable by anyone else (someone who could
     * write there could run code as the next person to ask).
     */
    public boolean ready() {
        try {
            return privateToOwner(jarFolder.getParent()) && privateToOwner(jarFolder) && privateToOwner(version)
                    && Files.isRegularFile(jar(), LinkOption.NOFOLLOW_LINKS)
                    && Files.isRegularFile(archive(), LinkOption.NOFOLLOW_LINKS)
                    && Files.readString(readyMark()).equals(sizes());
        } catch (IOException e) {
            return false;
        }
    }

    /** Drops a preparation that failed to start a JVM, so that the next run makes it again. */
    public void discard() {
        try {
            Files.deleteIfExists(readyMark());
            deleteTree(version);
        } catch (IOException e) {
            // ready() stays false without the mark.
        }
    }

    private Path readyMark() {
        return version.resolve("ready");
    }

    /**
     * What the ready mark holds: the full key (folder names are short hashes of it) and the sizes of
     * the archive, the jar and each library.
     */
    private String sizes() throws IOException {
        StringBuilder text = new StringBuilder(versionKey).append('\n').append(Files.size(archive())).append(' ')
                .append(Files.size(jar()));
        Path lib = jar().resolveSibling("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path each : jars.sorted().toList()) { // a library removed by a cleaner breaks every run
                    text.append('\n').append(each.getFileName()).append(' ').append(Files.size(each));
                }
            }
        }
        return text.toString();
    }

    /** Marks the cache as used now (so the time of its last use can be seen). */
    public void touch() {
        try {
            Files.setLastModifiedTime(version, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only informative.
        }
    }

    /**
     * Claims the right to prepare this version, so that several runs at once prepare it once. A
     * claim older than ten minutes is taken to be from a run that died.
     */
    public Optional<Path> claimPreparation() {
        try {
            createPrivate(jarFolder.getParent());
            createPrivate(jarFolder);
            if (!privateToOwner(jarFolder.getParent()) || !privateToOwner(jarFolder)) {
                return Optional.empty();
            }
            Path claim = jarFolder.resolve(version.getFileName() + ".preparing");
            try {
                Files.createFile(claim, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (FileAlreadyExistsException e) {
                Instant made = Files.getLastModifiedTime(claim).toInstant();
                if (made.isAfter(Instant.now().minus(STALE_CLAIM))) {
                    return Optional.empty();
                }
                Files.setLastModifiedTime(claim, FileTime.from(Instant.now()));
            }
            return Optional.of(claim);
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /**
     * Empties the version folder for a preparation. The jar is extracted straight into its final
     * place because a class-data-sharing archive records the paths it was made with; the archive
     * is written beside as {@link #partArchive()} and only {@link #publish} makes the cache ready.
     */
    void startPreparation() throws IOException {
        deleteTree(version);
        createPrivate(version);
    }

    Path partArchive() {
        return version.resolve("app.jsa.part");
    }

    /** Makes a verified preparation ready at once and removes older versions of this jar. */
    void publish(Path claim) throws IOException {
        Files.move(partArchive(), archive(), StandardCopyOption.ATOMIC_MOVE);
        Path mark = version.resolve("ready.part");
        Files.writeString(mark, sizes());
        Files.move(mark, readyMark(), StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(claim);
        try (Stream<Path> others = Files.list(jarFolder)) {
            for (Path other : others.filter(p -> !p.equals(version) && !p.getFileName().toString().endsWith(".preparing"))
                    .toList()) {
                deleteTree(other);
            }
        }
    }

    /** Gives the claim up after a failed preparation, leaving nothing half-made. */
    void abandon(Path claim) {
        try {
            deleteTree(version);
            Files.deleteIfExists(claim);
        } catch (IOException e) {
            // The stale claim expires by itself.
        }
    }

    private static void createPrivate(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                // Made by a run at the same time; checked by privateToOwner.
            }
        }
    }

    static boolean privateToOwner(Path folder) {
        try {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS);
            return Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * A short folder name. Not a secure hash on purpose: loading a message digest costs a
     * noticeable part of a quick run, and the ready mark holds the full key, compared exactly.
     */
    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue() << 32 | (text.hashCode() & 0xffffffffL));
    }
}
