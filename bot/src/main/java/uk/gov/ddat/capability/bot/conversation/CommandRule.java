package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

/** The grammar's fixed commands: "search <words>", "find <words>", "tip". */
final class CommandRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        List<String> tokens = reading.tokens;
        String first = tokens.isEmpty() ? "" : tokens.get(0);
        if ((first.equals("search") || first.equals("find")) && tokens.size() > 1) {
            String words = String.join(" ", tokens.subList(1, tokens.size()));
            return Optional.of(reading.question(Intent.SEARCH)
                    .withDetail(new Detail.Search(words, reading.index.search().search(words, SearchRule.LIMIT))));
        }
        if (first.equals("tip") || tokens.contains("tip") && tokens.size() <= 5) {
            return Optional.of(reading.question(Intent.TIP));
        }
        return Optional.empty();
    }
}
