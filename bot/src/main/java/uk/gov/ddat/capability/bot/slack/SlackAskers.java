package uk.gov.ddat.capability.bot.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.core.Asker;
import uk.gov.ddat.capability.bot.core.ConversationRouter;
import uk.gov.ddat.capability.bot.support.DisplayNames;

/** Who asked, as the engine needs to know them, from a Slack request or from saved work. */
final class SlackAskers {

    /** A tips command's database work (and the user's time zone lookup) gets this long. */
    private static final Duration TIPS_WAIT = Duration.ofSeconds(6);

    private SlackAskers() {
    }

    /** Who asked, for saved work: their time zone is read from Slack only if a tips command needs it. */
    static Asker asker(String workspace, SlackWork work, SlackReplies to, Asker.Privacy privacy) {
        String userId = work.userId();
        return asker(workspace, work.channel(), userId, work.userName(),
                () -> userId == null ? Optional.empty() : to.userTimeZone(userId), privacy);
    }

    static Asker asker(String workspace, String channel, String userId, String userName,
                       Supplier<Optional<String>> timeZone, Asker.Privacy privacy) {
        String plain = DisplayNames.plain(userName);
        return new Asker(Platform.SLACK, SlackWording.INSTANCE, workspace, channel, Optional.empty(),
                userId == null ? "" : userId, plain.isEmpty() ? "Someone" : "@" + plain, timeZone, channel != null,
                TIPS_WAIT, privacy);
    }

    /**
     * A mention or a direct message carries no user name: a tips command announces who made the
     * change, so only then is the name read from Slack.
     */
    static SlackWork named(SlackWork work, SlackReplies to) {
        if (work.userName() != null || work.userId() == null || !ConversationRouter.isTipsCommand(work.text())) {
            return work;
        }
        return new SlackWork(work.kind(), work.workspace(), work.channel(), work.threadTs(), work.text(), work.userId(),
                to.userName(work.userId()).orElse(null), work.responseUrl(), work.fromHome(), work.triggerId(),
                work.shared(), work.privately(), work.answers());
    }
}
