package uk.gov.ddat.capability.bot.changes;

import java.time.Instant;
import java.util.List;

import uk.gov.ddat.capability.framework.diff.Change;

/**
 * A change set as the database keeps it.
 *
 * @param id         its id; announcements go out for ids after a conversation's opt-in
 * @param recordedAt when an instance first loaded the changed framework
 * @param changes    what changed, in the change set's order
 */
public record RecordedChangeSet(long id, Instant recordedAt, List<Change> changes) {

    public RecordedChangeSet {
        changes = List.copyOf(changes);
    }
}
