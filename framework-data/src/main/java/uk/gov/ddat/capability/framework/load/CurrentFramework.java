package uk.gov.ddat.capability.framework.load;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.framework.FrameworkModel;

/**
 * Serves one framework snapshot at a time. A reload builds a whole new model off to the side and
 * swaps it in atomically only if it loaded and validated; otherwise the current model keeps
 * serving and the failure is kept for the health endpoint.
 */
public final class CurrentFramework {

    /** What the health endpoint reports. */
    public record Status(long version, Instant loadedAt, String source, Optional<String> lastFailure,
                         Optional<Instant> lastFailureAt) {
    }

    /** The model serving, with its version (1 for the first load, counting up with each reload). */
    public record Snapshot(FrameworkModel model, long version, Instant loadedAt) {
    }

    private static final Logger log = LoggerFactory.getLogger(CurrentFramework.class);

    private final Supplier<FrameworkModel> loader;
    private final String sourceDescription;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    private record Failure(String message, Instant at) {
    }

    /** Loads the first snapshot now; a failure here is fatal, as there is nothing to serve. */
    public CurrentFramework(Supplier<FrameworkModel> loader, String sourceDescription, Clock clock) {
        this.loader = Objects.requireNonNull(loader);
        this.sourceDescription = sourceDescription;
        this.clock = clock;
        current.set(new Snapshot(loader.get(), 1, clock.instant()));
        log.info("Loaded the framework from {}", sourceDescription);
    }

    public CurrentFramework(FrameworkLoader loader, Clock clock) {
        this(loader::load, loader.config().describe(), clock);
    }

    public FrameworkModel model() {
        return current.get().model();
    }

    /** The model and its version, read together. */
    public Snapshot snapshot() {
        return current.get();
    }

    /**
     * Loads again and swaps the new model in if it is valid.
     *
     * @return true if a new snapshot is now serving
     */
    public synchronized boolean reload() {
        FrameworkModel fresh;
        try {
            fresh = loader.get();
        } catch (RuntimeException e) {
            lastFailure.set(new Failure(e.getMessage(), clock.instant()));
            log.error("Framework reload from {} failed; still serving version {}: {}", sourceDescription,
                    current.get().version(), e.getMessage());
            return false;
        }
        Snapshot previous = current.get();
        current.set(new Snapshot(fresh, previous.version() + 1, clock.instant()));
        lastFailure.set(null);
        log.info("Reloaded the framework from {} (version {})", sourceDescription, previous.version() + 1);
        return true;
    }

    public Status status() {
        Snapshot snapshot = current.get();
        Failure failure = lastFailure.get();
        return new Status(snapshot.version(), snapshot.loadedAt(), sourceDescription,
                Optional.ofNullable(failure).map(Failure::message), Optional.ofNullable(failure).map(Failure::at));
    }
}
