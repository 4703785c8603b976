package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "help", "?", "help please": how to ask. Also a question that is nothing but a help word after all else. */
final class HelpRule implements IntentRule {

    static final Set<String> HELP_WORDS = Set.of("help", "usage", "commands", "h");

    @Override
    public Optional<Question> apply(Reading reading) {
        List<String> tokens = reading.tokens;
        boolean help = tokens.isEmpty() ? reading.quoted.strip().equals("?")
                : HELP_WORDS.contains(tokens.get(0)) && tokens.size() <= 3;
        boolean howToUse = phrase(tokens, "can", "you") && tokens.contains("do") && tokens.size() <= 6
                || phrase(tokens, "can", "i") && tokens.contains("ask") || phrase(tokens, "how", "do")
                && tokens.contains("use") && (tokens.contains("bot") || tokens.contains("this") || tokens.contains("you"));
        return help || howToUse ? Optional.of(reading.question(Intent.HELP)) : Optional.empty();
    }

    private static boolean phrase(List<String> tokens, String first, String second) {
        int at = tokens.indexOf(first);
        return at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).equals(second);
    }
}
