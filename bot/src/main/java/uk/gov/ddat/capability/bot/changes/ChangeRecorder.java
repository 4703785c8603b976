package uk.gov.ddat.capability.bot.changes;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.diff.ChangeSet;
import uk.gov.ddat.capability.framework.diff.FrameworkDiff;
import uk.gov.ddat.capability.framework.diff.FrameworkFacts;

/**
 * Records what changed when this instance's framework changes: the first content a fresh database
 * sees is its baseline (nothing is announced); after that, content that differs from what was
 * recorded is compared with it, and the change set kept with its date. Instances share the
 * database: of several that load the same new content, one records it; the others find it
 * recorded. An instance only compares when its own model is new (started, or reloaded with other
 * content), so one that has not reloaded yet never records the change backwards.
 */
public class ChangeRecorder {

    /** What one look did. */
    public enum Outcome { UNCHANGED, BASELINE, RECORDED, ALREADY_RECORDED }

    private static final Logger log = LoggerFactory.getLogger(ChangeRecorder.class);
    private static final int MAX_ATTEMPTS = 3;

    private final ChangeStore store;
    private final Clock clock;
    /** The model last looked at here, so an unchanged model costs nothing. */
    private final AtomicReference<FrameworkModel> lastModel = new AtomicReference<>();
    private final AtomicReference<String> lastFingerprint = new AtomicReference<>();

    public ChangeRecorder(ChangeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Looks at the model now serving; call it after every load (it is cheap when nothing changed). */
    public synchronized Outcome observe(FrameworkModel model) {
        if (lastModel.get() == model) {
            return Outcome.UNCHANGED;
        }
        FrameworkFacts facts = FrameworkFacts.of(model);
        String fingerprint = facts.fingerprint().hex();
        if (fingerprint.equals(lastFingerprint.get())) {
            lastModel.set(model); // reloaded, same content
            return Outcome.UNCHANGED;
        }
        Outcome outcome = record(facts);
        lastModel.set(model);
        lastFingerprint.set(fingerprint);
        return outcome;
    }

    private Outcome record(FrameworkFacts facts) {
        Optional<ChangeStore.State> recorded = store.state();
        if (recorded.isEmpty()) {
            if (store.recordBaseline(facts, clock.instant())) {
                log.info("Recorded the framework's content {} as the baseline for change announcements",
                        facts.fingerprint().shortHex());
                return Outcome.BASELINE;
            }
            recorded = store.state(); // another instance recorded its baseline first
        }
        ChangeSet changes;
        for (int attempt = 1; ; attempt++) {
            ChangeStore.State state = recorded.orElseThrow();
            if (state.fingerprint().equals(facts.fingerprint())) {
                return Outcome.ALREADY_RECORDED;
            }
            changes = FrameworkDiff.between(state.facts(), facts);
            if (store.recordChange(changes, facts, clock.instant())) {
                break;
            }
            // Another instance moved the recorded content on first: if to other content than this
            // one serves, what changed since then is still to be recorded.
            if (attempt == MAX_ATTEMPTS) {
                return Outcome.ALREADY_RECORDED;
            }
            recorded = store.state();
        }
        log.info("The framework changed ({} to {}): recorded {} changes", changes.from().shortHex(),
                changes.to().shortHex(), changes.changes().size());
        return Outcome.RECORDED;
    }
}
