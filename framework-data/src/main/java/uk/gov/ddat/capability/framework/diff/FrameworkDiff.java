package uk.gov.ddat.capability.framework.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import uk.gov.ddat.capability.framework.FrameworkModel;

/**
 * The difference between two framework snapshots. A role, role level or skill that was added or
 * removed is one change: its levels, grades, skills and descriptions are not listed again. A
 * description is reported only when its text changed, since it is added or removed only with the
 * thing it describes (a skill a level now needs is one change, not two).
 */
public final class FrameworkDiff {

    private static final Set<Change.Subject> WHOLE_THINGS =
            Set.of(Change.Subject.ROLE, Change.Subject.ROLE_LEVEL, Change.Subject.SKILL);

    private FrameworkDiff() {
    }

    public static ChangeSet between(FrameworkModel before, FrameworkModel after) {
        return between(FrameworkFacts.of(before), FrameworkFacts.of(after));
    }

    public static ChangeSet between(FrameworkFacts before, FrameworkFacts after) {
        Map<FrameworkFacts.Key, String> old = before.facts();
        Map<FrameworkFacts.Key, String> fresh = after.facts();
        Set<FrameworkFacts.Key> keys = new TreeSet<>(old.keySet());
        keys.addAll(fresh.keySet());
        List<Change> all = new ArrayList<>();
        for (FrameworkFacts.Key key : keys) {
            String was = old.get(key);
            String now = fresh.get(key);
            if ((was == null || now == null) && key.subject() == Change.Subject.DESCRIPTION) {
                continue; // every description comes and goes with what it describes: that change says it
            }
            if (was == null) {
                all.add(new Change(Change.Kind.ADDED, key.subject(), key.path(), "", now));
            } else if (now == null) {
                all.add(new Change(Change.Kind.REMOVED, key.subject(), key.path(), was, ""));
            } else if (!was.equals(now)) {
                all.add(new Change(Change.Kind.CHANGED, key.subject(), key.path(), was, now));
            }
        }
        List<Change> wholes = all.stream()
                .filter(c -> c.kind() != Change.Kind.CHANGED && WHOLE_THINGS.contains(c.subject())).toList();
        List<Change> kept = all.stream().filter(c -> wholes.stream().noneMatch(w -> covers(w, c))).toList();
        return new ChangeSet(before.fingerprint(), after.fingerprint(), kept);
    }

    /** True if {@code part} only says again what {@code whole} (an addition or removal) already says. */
    private static boolean covers(Change whole, Change part) {
        if (whole.equals(part) || whole.kind() != part.kind()) {
            return false;
        }
        boolean description = part.subject() == Change.Subject.DESCRIPTION;
        List<String> owner = description ? part.path().subList(1, part.path().size()) : part.path();
        if (whole.subject() == Change.Subject.SKILL) {
            return description && part.path().get(0).equals("skill") && owner.equals(whole.path());
        }
        boolean ownedByARole = !description || !part.path().get(0).equals("skill");
        return ownedByARole && part.subject() != Change.Subject.SKILL && owner.size() >= whole.path().size()
                && owner.subList(0, whole.path().size()).equals(whole.path());
    }
}
