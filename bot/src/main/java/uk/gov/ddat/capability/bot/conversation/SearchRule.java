package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The last resort: search names and descriptions, but only when most of the question's own words
 * occur in the data, so a question about something else is not answered with whatever scores
 * highest.
 */
final class SearchRule implements IntentRule {

    /** The most matches an answer lists. */
    static final int LIMIT = 8;

    @Override
    public Optional<Question> apply(Reading reading) {
        List<String> words = reading.mentions().unusedWords(java.util.Set.of());
        if (words.isEmpty()) {
            return Optional.empty();
        }
        long known = words.stream().filter(reading.index.search()::knowsAnywhere).count();
        if (known * 2 < words.size() + 1 && words.size() > 1 || known == 0) {
            return Optional.empty();
        }
        String query = String.join(" ", reading.mentions().tokens());
        List<FrameworkSearch.Hit> hits = reading.index.search().search(query, LIMIT);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(reading.question(Intent.SEARCH).withDetail(new Detail.Search(query, hits))
                .withConfidence((double) known / words.size()));
    }
}
