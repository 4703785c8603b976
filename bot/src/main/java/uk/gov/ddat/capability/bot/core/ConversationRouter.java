package uk.gov.ddat.capability.bot.core;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.changes.ChangeCommands;
import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.hiring.HiringCommands;
import uk.gov.ddat.capability.bot.profile.AssessmentAnswers;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.PersonalCommands;
import uk.gov.ddat.capability.bot.support.TimeBox;
import uk.gov.ddat.capability.bot.team.SharingCommands;
import uk.gov.ddat.capability.bot.tips.TipCommands;

/**
 * The one place that decides what to do with what someone typed or pressed, on any platform: a
 * tips command goes to {@link TipCommands} and a command about oneself to {@link PersonalCommands}
 * (each within the database's time limit, with a friendly answer if it fails or is slow), a job
 * advert or interview aid to {@link HiringCommands} (the framework alone, with files), anything
 * else to the {@link ConversationEngine}. Slack, Teams
 * and the terminal only turn their requests into text and an {@link Asker}, and the
 * {@link Reply} into their own messages.
 */
public class ConversationRouter {

    /** Slack's command name, pasted anywhere else (or typed in a Slack message), is not part of the question. */
    private static final Pattern SLASH_COMMAND = Pattern.compile("^\\s*/skills(\\s+|$)", Pattern.CASE_INSENSITIVE);
    private static final Logger log = LoggerFactory.getLogger(ConversationRouter.class);

    private final ConversationEngine engine;
    private final Optional<TipCommands> tips;
    private final Optional<PersonalCommands> personal;
    private final Optional<ChangeCommands> changes;
    private final Optional<SharingCommands> sharing;
    private final TimeBox database;
    private final HiringCommands hiring;

    public ConversationRouter(ConversationEngine engine, TipCommands tips, PersonalCommands personal,
                              TimeBox database) {
        this(engine, Optional.of(tips), Optional.of(personal), Optional.empty(), Optional.empty(), database);
    }

    /**
     * The full router: tips, personal commands (null: none, nothing is kept about people) and
     * framework changes.
     */
    public ConversationRouter(ConversationEngine engine, TipCommands tips, PersonalCommands personal,
                              ChangeCommands changes, TimeBox database) {
        this(engine, Optional.of(tips), Optional.ofNullable(personal), Optional.of(changes), Optional.empty(),
                database);
    }

    /** The full router with sharing and the team view ({@link SharingCommands}) as well. */
    public ConversationRouter(ConversationEngine engine, TipCommands tips, PersonalCommands personal,
                              ChangeCommands changes, SharingCommands sharing, TimeBox database) {
        this(engine, Optional.of(tips), Optional.ofNullable(personal), Optional.of(changes), Optional.of(sharing),
                database);
    }

    /** A router that keeps nothing about people (personal commands are declined). */
    public ConversationRouter(ConversationEngine engine, TipCommands tips, TimeBox database) {
        this(engine, Optional.of(tips), Optional.empty(), Optional.empty(), Optional.empty(), database);
    }

    private ConversationRouter(ConversationEngine engine, Optional<TipCommands> tips,
                               Optional<PersonalCommands> personal, Optional<ChangeCommands> changes,
                               Optional<SharingCommands> sharing, TimeBox database) {
        this.engine = engine;
        this.tips = tips;
        this.personal = personal;
        this.changes = changes;
        this.sharing = sharing;
        this.database = database;
        this.hiring = new HiringCommands(engine);
    }

    /**
     * A router with no database: no tips settings (the terminal has no channel to post tips to)
     * and nothing kept about anyone.
     */
    public static ConversationRouter withoutTips(ConversationEngine engine) {
        return new ConversationRouter(engine, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                null);
    }

    /**
     * True for a tips or changes command ("tips on 09:30", "/skills tips", "changes on"), which
     * reads or writes the database and may be said in the conversation.
     */
    public static boolean isTipsCommand(String text) {
        String said = withoutSlashCommand(text);
        return TipCommands.isTipsCommand(said) || ChangeCommands.isChangesCommand(said);
    }

    /** True for a command about oneself ("me", "my gaps", "forget me"), which reads or writes the database. */
    public static boolean isPersonalCommand(String text) {
        String said = withoutSlashCommand(text);
        return SharingCommands.isSharing(said) || PersonalCommands.isPersonal(said);
    }

    /** True for "share with @name": the answer names the sender to the colleague, and the colleague to them. */
    public static boolean namesColleague(String text) {
        return SharingCommands.namesColleague(withoutSlashCommand(text));
    }

    /** True for a command whose answer shows other people's data (the team view): never posted publicly. */
    public static boolean showsOthers(String text) {
        return SharingCommands.showsOthers(withoutSlashCommand(text));
    }

    /** True for a command whose answer is a form to fill in (the self-assessment). */
    public static boolean opensForm(String text) {
        return PersonalCommands.opensForm(withoutSlashCommand(text));
    }

    /** True for anything answered from the database rather than from the framework alone. */
    public static boolean needsDatabase(String text) {
        return isTipsCommand(text) || isPersonalCommand(text);
    }

    /**
     * True for a command whose answer comes with files to upload (a job advert draft, an interview
     * aid), which a platform sends after it has acknowledged the request.
     */
    public static boolean sendsFiles(String text) {
        return HiringCommands.isHiring(withoutSlashCommand(text));
    }

    /** Something typed: a question or a command. */
    public Reply typed(String text, Asker asker) {
        String said = withoutSlashCommand(text);
        if (HiringCommands.isHiring(said)) {
            HiringCommands.Result result = hiring.handle(said, asker.wording());
            return new Reply(result.answer(), Reply.Audience.ASKER, Optional.empty(), result.attachments());
        }
        if (SharingCommands.isSharing(said)) {
            return privately(asker, sharing.<Supplier<PersonalCommands.Result>>map(commands -> () -> commands.handle(said, person(asker),
                    asker.userLabel(), asker.wording())));
        }
        if (PersonalCommands.isPersonal(said)) {
            return personalCommand(asker, commands -> commands.handle(said, person(asker), asker.wording()));
        }
        if (ChangeCommands.isChangesCommand(said)) {
            return changesCommand(said, asker);
        }
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

    /** A self-assessment sent back from its form: checked, kept, and answered with the gaps. */
    public Reply submitted(AssessmentAnswers answers, Asker asker) {
        return personalCommand(asker, commands -> commands.submit(answers, person(asker), asker.wording()));
    }

    /**
     * A person's own data is read only where the answer can reach them alone, within the
     * database's time limit; it never goes to the conversation.
     */
    private Reply personalCommand(Asker asker,
                                  Function<PersonalCommands, PersonalCommands.Result> command) {
        return privately(asker, personal.<Supplier<PersonalCommands.Result>>map(commands -> () -> command.apply(commands)));
    }

    /** As {@link #personalCommand}, for any command about the person ({@code command} empty: none kept here). */
    private Reply privately(Asker asker, Optional<Supplier<PersonalCommands.Result>> command) {
        if (command.isEmpty() || asker.privacy() == Asker.Privacy.SHARED || asker.userId().isBlank()) {
            return new Reply(new Answer("Ask me about yourself privately",
                    List.of(Answer.Section.text("", asker.wording().whereToAskPrivately())), List.of(),
                    Optional.empty()), Reply.Audience.ASKER);
        }
        return database.call(asker.databaseWait(), () -> {
            try {
                PersonalCommands.Result result = command.get().get();
                return new Reply(result.answer(), Reply.Audience.PERSON, result.form(), result.attachments());
            } catch (RuntimeException e) {
                log.error("Personal command failed ({})", e.getClass().getName());
                return new Reply(unavailable("Your profile can't be reached just now", "The bot's database isn't "
                        + "answering, so nothing about you was read or changed. Please try again in a minute."),
                        Reply.Audience.PERSON);
            }
        }).orElseGet(() -> new Reply(unavailable("That took too long to confirm", "The bot's database is slow "
                + "just now. Say " + asker.wording().command("me") + " in a minute to see what is stored."),
                Reply.Audience.PERSON));
    }

    private static PersonKey person(Asker asker) {
        return new PersonKey(asker.platform(), asker.workspace(), asker.userId());
    }

    private static Answer unavailable(String title, String text) {
        return new Answer(title, List.of(Answer.Section.text("", text)), List.of(), Optional.empty());
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
        return databaseCommand(asker, context -> commands.handle(text, context));
    }

    private Reply databaseCommand(Asker asker, Function<TipCommands.Context, TipCommands.Reply> command) {
        TipCommands.Context context = new TipCommands.Context(asker.platform(), asker.workspace(),
                asker.conversation(), asker.address(), asker.userId(), asker.userLabel(), asker.timeZone(),
                asker.wording());
        return database.call(asker.databaseWait(), () -> {
            try {
                TipCommands.Reply reply = command.apply(context);
                return new Reply(reply.answer(), reply.inConversation() ? Reply.Audience.CONVERSATION
                        : Reply.Audience.ASKER);
            } catch (RuntimeException e) {
                log.error("Tips or changes command failed ({})", e.getClass().getName());
                return new Reply(TipCommands.unavailable(), Reply.Audience.ASKER);
            }
        }).orElseGet(() -> new Reply(TipCommands.unconfirmed(asker.wording()), Reply.Audience.ASKER));
    }

    private Reply changesCommand(String said, Asker asker) {
        if (changes.isEmpty()) {
            return new Reply(ChangeCommands.notRecordedHere(), Reply.Audience.ASKER);
        }
        if (!asker.canPostLater() && !ChangeCommands.onlyReads(said)) {
            return new Reply(ChangeCommands.notHere(asker.wording()), Reply.Audience.ASKER);
        }
        return databaseCommand(asker, context -> changes.get().handle(said, context));
    }

    private static String withoutSlashCommand(String text) {
        return SLASH_COMMAND.matcher(text == null ? "" : text).replaceFirst("").strip();
    }

    private static Answer noDailyTips(Asker asker) {
        return new Answer("Daily tips can't be turned on here",
                List.of(Answer.Section.text("", asker.wording().whyNoDailyTips())), List.of(), Optional.empty());
    }
}
