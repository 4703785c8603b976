package uk.gov.ddat.capability.bot.tips;

import java.util.Comparator;
import java.util.List;

import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Tip;

/**
 * Each conversation's own order of tips: a shuffle seeded by the conversation, so every tip is
 * shown once before any repeats, and the next cycle is shuffled afresh. Ordering by tip id keeps
 * the rotation stable when the framework is reloaded.
 */
public final class TipRotation {

    private TipRotation() {
    }

    /** The tip at position {@code sent} of the conversation's rotation. */
    public static Tip pick(List<Tip> tips, long seed, int sent) {
        if (tips.isEmpty()) {
            throw new IllegalArgumentException("no tips to choose from");
        }
        int cycle = sent / tips.size();
        List<Tip> order = tips.stream()
                .sorted(Comparator.comparingLong((Tip t) -> mix(seed, cycle, t.id())).thenComparing(Tip::id))
                .toList();
        return order.get(sent % tips.size());
    }

    /** A well-spread 64-bit hash of (seed, cycle, id) (the SplitMix64 finaliser). */
    static long mix(long seed, int cycle, String id) {
        long z = seed * 0x9E3779B97F4A7C15L + cycle * 0xBF58476D1CE4E5B9L + id.hashCode() * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
