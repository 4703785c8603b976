package uk.gov.ddat.capability.bot.api;

import java.util.concurrent.atomic.AtomicReference;

import uk.gov.ddat.capability.framework.load.CurrentFramework;
import uk.gov.ddat.capability.framework.load.CurrentFramework.Snapshot;

/** The API index of the snapshot now serving, built once when a reload swaps the snapshot. */
class CurrentApiIndex {

    private final CurrentFramework framework;
    private final OpenApiSpec spec;
    private final AtomicReference<ApiIndex> current = new AtomicReference<>();

    CurrentApiIndex(CurrentFramework framework, OpenApiSpec spec) {
        this.framework = framework;
        this.spec = spec;
    }

    ApiIndex get() {
        Snapshot snapshot = framework.snapshot();
        ApiIndex known = current.get();
        if (known != null && known.snapshot() == snapshot) {
            return known;
        }
        ApiIndex fresh = new ApiIndex(snapshot, spec.hash());
        current.compareAndSet(known, fresh);
        return fresh;
    }
}
