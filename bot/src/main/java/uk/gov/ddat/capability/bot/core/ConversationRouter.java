package uk.gov.ddat.capability.bot.core;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * The one place that decides what to do with what someone typed or pressed, on any platform: a
 * tips command goes to {@link TipCommands} (within the database's time limit, with a friendly
 * answer if it fails or is slow), anything else to the {@link ConversationEngine}. Slack, Teams
 * and the terminal only turn their requests into text and an {@link Asker}, and the
 * {@link Reply} into their own messages.
 */
public class ConversationRouter {

    /** Slack's command name, pasted anywhere else (or typed in a Slack message), is not part of the question. */
    private static final Pattern SLASH_COMMAND = Pattern.compile("^\\s*/skills(\\s+|$)", Pattern.CASE_INSENSITIVE);
    private static final Logger log = LoggerFactory.getLogger(ConversationRouter.class);

    private final ConversationEngine engine;
    private final Optional<TipCommands> tips;
    private final TimeBox database;

    public ConversationRouter(ConversationEngine engine, TipCommands tips, TimeBox database) {
        this(engine, Optional.of(tips), database);
    }

    private ConversationRouter(ConversationEngine engine, Optional<TipCommands> tips, TimeBox database) {
        this.engine = engine;
        this.tips = tips;
        this.database = database;
    }

    /** A router with no tips settings to read or save (the terminal, which has no channel to post tips to). */
    public static ConversationRouter withoutTips(ConversationEngine engine) {
        return new ConversationRouter(engine, Optional.empty(), null);
    }

    /** True for a tips command ("tips on 09:30", "/skills tips"), which reads or writes the database. */
    public static boolean isTipsCommand(String text) {
        return TipCommands.isTipsCommand(withoutSlashCommand(text));
    }

    /** Something typed: a question or a command. */
    public Reply typed(String text, Asker asker) {
        String said = withoutSlashCommand(text);
        if (!TipCommands.isTipsCommand(said)) {
            return new Reply(engine.answer(said, asker.wording()), Reply.Audience.ASKER);
        }
        boolean oneTipNow = said.equalsIgnoreCase("tip");
        if (tips.isEmpty() || !asker.canPostLater() && !oneTipNow) {
            return oneTipNow ? new Reply(engine.answer(said, asker.wording()), Reply.Audience.ASKER)
                    : new Reply(noDailyTips(asker), Reply.Audience.ASKER);
        }
        return tipsCommand(said, asker, tips.get());
    }

    /** A button pressed: its command is answered as if it had been typed. */
    public Reply pressed(String command, Asker asker) {
        return typed(command, asker);
    }

    /** The greeting when the bot is added to a conversation: how to ask, worded for the platform. */
    public Answer welcome(Asker asker) {
        Answer help = engine.answer("help", asker.wording());
        return new Answer("Hello! I answer questions about the capability framework", help.sections(),
                help.actions(), help.link());
    }

    /**
     * Tips commands touch the database: if it fails, say so rather than fail the request, and if
     * it is slow, say the change could not be confirmed rather than miss the platform's deadline.
     */
    private Reply tipsCommand(String text, Asker asker, TipCommands commands) {
        TipCommands.Context context = new TipCommands.Context(asker.platform(), asker.workspace(),
                asker.conversation(), asker.address(), asker.userId(), asker.userLabel(), asker.timeZone(),
                asker.wording());
        return database.call(asker.databaseWait(), () -> {
            try {
                TipCommands.Reply reply = commands.handle(text, context);
                return new Reply(reply.answer(), reply.inConversation() ? Reply.Audience.CONVERSATION
                        : Reply.Audience.ASKER);
            } catch (RuntimeException e) {
                log.error("Tips command failed ({})", e.getClass().getName());
                return new Reply(TipCommands.unavailable(), Reply.Audience.ASKER);
            }
        }).orElseGet(() -> new Reply(TipCommands.unconfirmed(asker.wording()), Reply.Audience.ASKER));
    }

    private static String withoutSlashCommand(String text) {
        return SLASH_COMMAND.matcher(text == null ? "" : text).replaceFirst("").strip();
    }

    private static Answer noDailyTips(Asker asker) {
        return new Answer("Daily tips can't be turned on here",
                List.of(Answer.Section.text("", asker.wording().whyNoDailyTips())), List.of(), Optional.empty());
    }
}
