package uk.gov.ddat.capability.bot.changes;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.tips.TipCommands;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;

/**
 * The changes commands: {@code changes} (the latest change set), {@code changes on} and
 * {@code changes off} (announcements in this conversation). Turning them on or off is said in the
 * conversation, naming who did it, as for tips.
 */
public class ChangeCommands {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ChangeStore store;
    private final ChangeAnswers answers;
    private final java.util.function.Supplier<FrameworkModel> model;
    private final Clock clock;

    public ChangeCommands(ChangeStore store, ChangeAnswers answers, java.util.function.Supplier<FrameworkModel> model,
                          Clock clock) {
        this.store = store;
        this.answers = answers;
        this.model = model;
        this.clock = clock;
    }

    /** True for "changes", "changes on", "changes off" (and any other "changes ..." to correct). */
    public static boolean isChangesCommand(String text) {
        String first = text == null ? "" : SPACES.split(text.strip().toLowerCase(Locale.ROOT), 2)[0];
        return first.equals("changes");
    }

    /** True when the command only reads (and so works where the bot cannot post later). */
    public static boolean onlyReads(String text) {
        return SPACES.split(text.strip(), 2).length == 1;
    }

    public TipCommands.Reply handle(String text, TipCommands.Context context) {
        String[] words = SPACES.split(text.strip().toLowerCase(Locale.ROOT));
        if (words.length == 1) {
            return new TipCommands.Reply(answers.latest(store.latest()), false);
        }
        boolean on = store.isOn(context.platform(), context.workspaceId(), context.conversationId());
        return switch (words.length == 2 ? words[1] : "") {
            case "on" -> turnOn(context, on);
            case "off" -> turnOff(context);
            default -> new TipCommands.Reply(simple("That didn't work: nothing was changed", "Say "
                    + context.wording().command("changes") + " for the latest changes, or "
                    + context.wording().command("changes on") + " / " + context.wording().command("changes off")
                    + " to have them announced here."), false);
        };
    }

    private TipCommands.Reply turnOn(TipCommands.Context context, boolean alreadyOn) {
        if (alreadyOn) {
            return new TipCommands.Reply(simple("Change announcements are on", "They were already on here. Turn "
                    + "them off with " + context.wording().command("changes off") + "."), false);
        }
        store.turnOn(context.platform(), context.workspaceId(), context.conversationId(), context.address(),
                context.userId(), clock.instant(), placeholderRole());
        return new TipCommands.Reply(simple("Change announcements are on", context.userLabel() + " turned on "
                + "framework change announcements here: when the framework's roles, levels, grades or skills "
                + "change, I'll post what changed. Turn them off with " + context.wording().command("changes off")
                + "."), true);
    }

    private TipCommands.Reply turnOff(TipCommands.Context context) {
        if (!store.turnOff(context.platform(), context.workspaceId(), context.conversationId())) {
            return new TipCommands.Reply(simple("Change announcements are off", "They were not on here. Turn them "
                    + "on with " + context.wording().command("changes on") + "."), false);
        }
        return new TipCommands.Reply(simple("Change announcements are off", context.userLabel() + " turned off "
                + "framework change announcements here. Turn them on again with "
                + context.wording().command("changes on") + "."), true);
    }

    /** A conversation with announcements but no tips still needs a role on its row; tips stay off. */
    private String placeholderRole() {
        return model.get().roles().stream().filter(r -> !r.levels().isEmpty()).map(Role::name).findFirst()
                .orElse("");
    }

    /** What to say where the bot cannot post later (the outgoing webhook, the terminal). */
    public static Answer notHere(Wording wording) {
        return simple("Change announcements can't be turned on here", "I can only post announcements where I "
                + "can start a message. Say " + wording.command("changes") + " to see the latest changes.");
    }

    /** What to say where there is no database to keep change sets in (the terminal). */
    public static Answer notRecordedHere() {
        return simple("Framework changes aren't recorded here", "The bot records what changed in the framework "
                + "where it runs for Slack or Teams, with its database; ask there.");
    }

    private static Answer simple(String title, String text) {
        return new Answer(title, List.of(Answer.Section.text("", text)), List.of(), Optional.empty());
    }
}
