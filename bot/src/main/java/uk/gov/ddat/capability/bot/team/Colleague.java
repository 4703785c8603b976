package uk.gov.ddat.capability.bot.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.ddat.capability.bot.support.DisplayNames;

/**
 * A colleague named in a sharing command by a platform mention: Slack writes {@code <@U123>} or
 * {@code <@U123|name>} (the slash command with should_escape), and the Teams adapter rewrites a
 * mention entity to the same form. Typed text cannot make one: both platforms escape a typed
 * {@code <} ({@code &lt;}). Whoever it names, it only ever decides who sees the sender's own data.
 *
 * @param userId their user id in the sender's workspace
 * @param name   how to name them to the sender (the platform's name, or a plain fallback)
 */
public record Colleague(String userId, String name) {

    /** How a colleague whose mention came without a name is called. */
    public static final String UNNAMED = "the person you mentioned";

    /** The longest id a platform gives (as PersonKey and V17 keep them). */
    private static final int MAX_NAME = 200;
    private static final Pattern MENTION = Pattern.compile("<@([^|>\\s]{1,300})(?:\\|([^>]{0," + MAX_NAME + "}))?>");

    /** The first mention in {@code text}, if there is one. */
    public static Optional<Colleague> in(String text) {
        Matcher mention = MENTION.matcher(text == null ? "" : text);
        return mention.find() ? Optional.of(of(mention)) : Optional.empty();
    }

    /** Every mention in {@code text}, in order, at most {@code limit}. */
    public static List<Colleague> all(String text, int limit) {
        Matcher mention = MENTION.matcher(text == null ? "" : text);
        List<Colleague> found = new ArrayList<>();
        while (found.size() < limit && mention.find()) {
            found.add(of(mention));
        }
        return found;
    }

    private static Colleague of(Matcher mention) {
        String name = mention.group(2) == null ? "" : DisplayNames.plain(mention.group(2));
        return new Colleague(mention.group(1), name.isBlank() ? UNNAMED : name);
    }

    /** False when the platform gave no name with the mention. */
    public boolean named() {
        return !UNNAMED.equals(name);
    }

    /** A mention as the adapters write it, for Teams' mention entities. */
    public static String mention(String userId, String name) {
        String plain = name.replace(">", "").replace("|", "");
        return "<@" + userId + "|" + plain.substring(0, Math.min(plain.length(), MAX_NAME)) + ">";
    }
}
