package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/** "When was this page last updated?", "how old is this data": the date the data gives, if it gives one. */
final class DataDateRule implements IntentRule {

    private static final Set<String> UPDATE = Set.of("updated", "update", "updates", "published", "dated", "version");
    private static final Set<String> DATA = Set.of("page", "data", "framework", "information", "info", "content",
            "this", "it");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        boolean asked = m.hasAny(UPDATE) && m.hasAny(DATA)
                || m.has("date") && m.hasAny(DATA)
                || m.hasPhrase("how", "old") || m.hasPhrase("how", "recent") || m.hasPhrase("up", "to");
        return asked && m.skills().isEmpty() && m.levels().isEmpty()
                ? Optional.of(reading.question(Intent.DATA_DATE)) : Optional.empty();
    }
}
