package uk.gov.ddat.capability.bot.conversation;

import java.util.Optional;
import java.util.Set;

/** "help", "?", "help please": how to ask. Also a question that is nothing but a help word after all else. */
final class HelpRule implements IntentRule {

    static final Set<String> HELP_WORDS = Set.of("help", "usage", "commands", "h");

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions;
        boolean help = m.tokens().isEmpty() ? reading.quoted.strip().equals("?")
                : HELP_WORDS.contains(m.first()) && m.tokens().size() <= 3;
        boolean howToUse = m.hasPhrase("can", "you") && m.has("do") && m.tokens().size() <= 6
                || m.hasPhrase("can", "i") && m.has("ask") || m.hasPhrase("how", "do") && m.has("use")
                && (m.has("bot") || m.has("this") || m.has("you"));
        return help || howToUse ? Optional.of(reading.question(Intent.HELP)) : Optional.empty();
    }
}
