package uk.gov.ddat.capability.bot.team;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.PersonKey;
import uk.gov.ddat.capability.bot.profile.PersonalCommands.Result;

/**
 * Sharing one's skills with a line manager, and the manager's team view: {@code share with @name},
 * {@code shared}, {@code unshare @name} (or {@code unshare everyone}), {@code team} and
 * {@code team export}. Nothing is shared unless the person says so; the manager is whoever the
 * request comes from (signed by Slack or the Bot Framework), never anything in the text, and reads
 * only through the shares they hold. Nothing here is logged but failures' kinds.
 */
public class SharingCommands {

    /** The most colleagues one "unshare" ends (each is one small delete). */
    private static final int MAX_UNSHARED = 20;
    private static final Pattern SHARE = Pattern.compile("(?is)^share(?:\\s+my\\s+skills)?\\s+((?:with\\b|<@).*)$");
    private static final Pattern UNSHARE = Pattern.compile("(?is)^(?:unshare|stop\\s+sharing)(?:\\s+with)?(?:\\s+(.*))?$");
    private static final Pattern SHARED = Pattern.compile("(?i)^(?:shared|sharing|who\\s+sees\\s+(?:mine|my\\s+skills))$");
    private static final Pattern TEAM = Pattern.compile("(?i)^(?:my\\s+)?team$");
    private static final Pattern TEAM_EXPORT = Pattern.compile("(?i)^(?:my\\s+)?team\\s+export$");
    private static final Pattern EVERYONE = Pattern.compile("(?i)^(?:everyone|all|everybody)$");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Logger log = LoggerFactory.getLogger(SharingCommands.class);

    private final ShareStore shares;
    private final ConversationEngine engine;
    private final TeamHeatmap heatmap;
    private final TeamExport export;
    private final Clock clock;
    private final ZoneId zone;

    public SharingCommands(ShareStore shares, ConversationEngine engine, TeamHeatmap heatmap, TeamExport export,
                           Clock clock, ZoneId zone) {
        this.shares = shares;
        this.engine = engine;
        this.heatmap = heatmap;
        this.export = export;
        this.clock = clock;
        this.zone = zone;
    }

    /** True for text this class answers (a Slack slash command's name already removed). */
    public static boolean isSharing(String text) {
        String said = text == null ? "" : text.strip();
        return SHARE.matcher(said).matches() || UNSHARE.matcher(said).matches() || SHARED.matcher(said).matches()
                || TEAM.matcher(said).matches() || TEAM_EXPORT.matcher(said).matches();
    }

    /** True for "share with @name". */
    public static boolean namesColleague(String text) {
        return SHARE.matcher(text == null ? "" : text.strip()).matches();
    }

    /** True for the commands that show other people's data (never to be posted where others see). */
    public static boolean showsOthers(String text) {
        String said = text == null ? "" : text.strip();
        return TEAM.matcher(said).matches() || TEAM_EXPORT.matcher(said).matches();
    }

    /**
     * Answers a sharing command from {@code person}, named {@code name} (as the platform names
     * them: what a manager sees in their team view).
     */
    public Result handle(String text, PersonKey person, String name, Wording wording) {
        String said = text.strip();
        if (TEAM.matcher(said).matches()) {
            return team(person, wording);
        }
        if (TEAM_EXPORT.matcher(said).matches()) {
            TeamReport report = report(person);
            return report.isEmpty() ? Result.of(TeamView.answer(report, wording, this::date))
                    : new Result(new Answer("Your team's skills, as a spreadsheet", List.of(Section.text("",
                    "One row per person who shares with you, one column per skill: below, at or above what their "
                            + "role level needs. Keep it only as long as you need it.")), List.of(), Optional.empty()),
                    Optional.empty(), List.of(export.csv(report)));
        }
        if (SHARED.matcher(said).matches()) {
            return listed(person, wording);
        }
        var unshare = UNSHARE.matcher(said);
        if (unshare.matches()) {
            return unshare(unshare.group(1) == null ? "" : unshare.group(1).strip(), person, wording);
        }
        var share = SHARE.matcher(said);
        share.matches();
        return share(share.group(1), person, name, wording);
    }

    /** The team view with its heatmap: the answer says the same in words if the picture cannot be drawn. */
    private Result team(PersonKey manager, Wording wording) {
        TeamReport report = report(manager);
        Answer answer = TeamView.answer(report, wording, this::date);
        return new Result(answer, Optional.empty(), report.isEmpty() ? List.of() : drawn(report));
    }

    /** One of the manager's team files, made afresh from the shares they hold now (download links). */
    public Optional<Attachment> file(PersonKey manager, String fileName) {
        if (!fileName.equals(TeamHeatmap.FILE_NAME) && !fileName.equals(TeamExport.FILE_NAME)) {
            return Optional.empty();
        }
        TeamReport report = report(manager);
        if (report.isEmpty()) {
            return Optional.empty();
        }
        return fileName.equals(TeamExport.FILE_NAME) ? Optional.of(export.csv(report)) : drawn(report).stream().findFirst();
    }

    public static boolean isTeamFile(String fileName) {
        return TeamHeatmap.FILE_NAME.equals(fileName) || TeamExport.FILE_NAME.equals(fileName);
    }

    private TeamReport report(PersonKey manager) {
        return TeamView.report(engine.model(), shares.team(manager));
    }

    private List<Attachment> drawn(TeamReport report) {
        try {
            return List.of(heatmap.render(report));
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            log.warn("Could not draw the team heatmap ({})", e.getClass().getName());
            return List.of();
        }
    }

    private Result share(String whom, PersonKey person, String name, Wording wording) {
        Optional<Colleague> colleague = Colleague.in(whom);
        if (colleague.isEmpty()) {
            return Result.of(new Answer("Who should see your skills?", List.of(Section.text("",
                    "Mention them, so I know exactly who: " + wording.command("share with @their name")
                            + ", choosing their name as you type it. Nothing is shared until you do.")),
                    List.of(), Optional.empty(), Answer.Outcome.NOT_SURE));
        }
        if (colleague.get().userId().equals(person.userId())) {
            return Result.of(new Answer("That's you", List.of(Section.text("",
                    "You always see your own skills. Mention the colleague who should see them.")),
                    List.of(), Optional.empty(), Answer.Outcome.NOT_SURE));
        }
        String whoName = colleague.get().name();
        boolean added = shares.share(person, name, colleague.get().userId(), whoName, clock.instant());
        String they = colleague.get().named() ? whoName : "They";
        return Result.of(new Answer((added ? "Shared with " : "Still shared with ") + whoName, List.of(Section.text("",
                they + " can see your role level and your latest self-assessment in their team view ("
                        + wording.command("team") + "), as long as you share. Nothing else of yours, and nobody "
                        + "else. End it at once with " + wording.command("unshare @"
                        + (colleague.get().named() ? whoName : "their name")) + "; see who sees yours with "
                        + wording.command("shared") + ".")),
                List.of(new Action("Who sees mine", "shared")), Optional.empty()));
    }

    private Result unshare(String whom, PersonKey person, Wording wording) {
        if (EVERYONE.matcher(whom).matches()) {
            List<ShareStore.Share> all = shares.sharedBy(person);
            all.forEach(s -> shares.unshare(person, s.viewerId()));
            return Result.of(new Answer(all.isEmpty() ? "You weren't sharing with anyone"
                    : "Stopped sharing with everyone", List.of(Section.text("",
                    "Nobody sees your skills now.")), List.of(), Optional.empty()));
        }
        List<Colleague> named = Colleague.all(whom, MAX_UNSHARED);
        if (named.isEmpty()) {
            return Result.of(new Answer("Who should stop seeing your skills?", List.of(Section.text("",
                    "Mention them: " + wording.command("unshare @their name") + ", or "
                            + wording.command("unshare everyone") + ". " + "See who sees yours with "
                            + wording.command("shared") + ".")), List.of(new Action("Who sees mine", "shared")),
                    Optional.empty(), Answer.Outcome.NOT_SURE));
        }
        List<String> ended = new ArrayList<>();
        List<String> notSharing = new ArrayList<>();
        for (Colleague colleague : named) {
            (shares.unshare(person, colleague.userId()) ? ended : notSharing).add(colleague.name());
        }
        if (ended.isEmpty()) {
            return Result.of(new Answer("You weren't sharing with " + String.join(", ", notSharing),
                    List.of(Section.text("", "Nothing changed. See who sees yours with " + wording.command("shared")
                            + ".")), List.of(), Optional.empty()));
        }
        String also = notSharing.isEmpty() ? "" : " You weren't sharing with " + String.join(", ", notSharing) + ".";
        return Result.of(new Answer("Stopped sharing with " + String.join(", ", ended), List.of(Section.text("",
                "Their team view no longer shows you, from now on." + also)),
                List.of(), Optional.empty()));
    }

    private Result listed(PersonKey person, Wording wording) {
        List<ShareStore.Share> all = shares.sharedBy(person);
        if (all.isEmpty()) {
            return Result.of(new Answer("Nobody sees your skills", List.of(Section.text("",
                    "Nothing is shared unless you share it. Let your line manager see your role level and latest "
                            + "self-assessment with " + wording.command("share with @their name") + ".")),
                    List.of(), Optional.empty()));
        }
        List<String> lines = all.stream().map(s -> s.viewerName() + ", since " + date(s.sharedAt())).toList();
        return Result.of(new Answer(all.size() == 1 ? "1 person sees your skills" : all.size() + " people see your skills",
                List.of(Section.bullets("", lines), Section.text("", "They see your role level and your latest "
                        + "self-assessment. End it with " + wording.command("unshare @their name") + " or "
                        + wording.command("unshare everyone") + ".")), List.of(), Optional.empty()));
    }

    private String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }
}
