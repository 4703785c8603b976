package uk.gov.ddat.capability.bot.conversation;

import java.util.BitSet;

/**
 * One thing a question names, found once: what it is, the words it spans ({@code start}
 * inclusive, {@code end} exclusive, as word positions) and how sure the match is (1 for an exact
 * name, less for a typo, an abbreviation or part of a name).
 */
record Mention<T>(T value, int start, int end, double confidence) {

    static <T> Mention<T> at(T value, int position, double confidence) {
        return new Mention<>(value, position, position + 1, confidence);
    }

    static <T> Mention<T> over(T value, BitSet positions, double confidence) {
        return new Mention<>(value, positions.nextSetBit(0), positions.length(), confidence);
    }
}
