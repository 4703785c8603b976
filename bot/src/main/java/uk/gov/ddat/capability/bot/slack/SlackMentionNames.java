package uk.gov.ddat.capability.bot.slack;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.ddat.capability.bot.team.Colleague;

/**
 * Messages carry mentions as {@code <@U123>} with no name (only the slash command adds one): for
 * "share with @name" the name is read from Slack, so the sender sees whom they shared with.
 */
final class SlackMentionNames {

    private static final Pattern UNNAMED = Pattern.compile("<@([A-Z0-9]{1,40})>");

    private SlackMentionNames() {
    }

    /** {@code text} with each unnamed mention given the name Slack has for it (unchanged if none). */
    static String filled(String text, Function<String, Optional<String>> userName) {
        Matcher mention = UNNAMED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (mention.find()) {
            String id = mention.group(1);
            mention.appendReplacement(out, Matcher.quoteReplacement(userName.apply(id)
                    .map(name -> Colleague.mention(id, name)).orElse(mention.group())));
        }
        return mention.appendTail(out).toString();
    }
}
