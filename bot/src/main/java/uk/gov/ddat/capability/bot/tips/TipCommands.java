package uk.gov.ddat.capability.bot.tips;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.bot.conversation.ConversationEngine;
import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.conversation.TipCatalogue.Tip;
import uk.gov.ddat.capability.bot.conversation.Wording;
import uk.gov.ddat.capability.framework.Role;

/**
 * The tips commands, the same on every platform: {@code tips on [HH:MM] [time zone] [weekdays|daily]
 * [role]}, {@code tips off}, {@code tips} (this conversation's settings) and {@code tip} (one now).
 * Changes are announced in the conversation, naming who made them; mistakes get a correction with
 * an example, and nothing is saved.
 */
public class TipCommands {

    /**
     * Where a command came from (the workspace or tenant, "" in a single-workspace app), who sent
     * it, and how commands are written there.
     */
    public record Context(Platform platform, String workspaceId, String conversationId, Optional<String> address,
                          String userId, String userLabel, Supplier<Optional<String>> userZone, Wording wording) {

        /** A command in a single-workspace app. */
        public Context(Platform platform, String conversationId, Optional<String> address, String userId,
                       String userLabel, Supplier<Optional<String>> userZone, Wording wording) {
            this(platform, "", conversationId, address, userId, userLabel, userZone, wording);
        }

        String say(String words) {
            return wording.command(words);
        }
    }

    /** The answer, and whether everyone in the conversation should see it. */
    public record Reply(Answer answer, boolean inConversation) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_QUOTED = Pattern.compile("[^\\p{L}\\p{N} /:._+-]");
    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})[:.](\\d{2})$");
    private static final Pattern LOOKS_LIKE_TIME = Pattern.compile("^\\d{1,2}[:.]\\d{1,2}$|^\\d{1,2}(am|pm)$");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final Map<String, String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toMap(z -> z.toLowerCase(Locale.ROOT), z -> z, (a, b) -> a));

    private final SubscriptionStore store;
    private final ConversationEngine engine;
    private final TipsProperties properties;
    private final Clock clock;
    private final RandomGenerator random;

    public TipCommands(SubscriptionStore store, ConversationEngine engine, TipsProperties properties, Clock clock,
                       RandomGenerator random) {
        this.store = store;
        this.engine = engine;
        this.properties = properties;
        this.clock = clock;
        this.random = random;
    }

    /** True for text this class answers ("tip", "tips ..."). */
    public static boolean isTipsCommand(String text) {
        String first = text == null ? "" : SPACES.split(text.strip().toLowerCase(Locale.ROOT), 2)[0];
        return first.equals("tips") || first.equals("tip") && text.strip().equalsIgnoreCase("tip");
    }

    public Reply handle(String text, Context context) {
        List<String> words = new ArrayList<>(List.of(SPACES.split(text.strip())));
        String command = words.remove(0).toLowerCase(Locale.ROOT);
        if (command.equals("tip")) {
            return new Reply(tipNow(context), true);
        }
        if (words.isEmpty()) {
            return new Reply(status(context), false);
        }
        String action = words.remove(0).toLowerCase(Locale.ROOT);
        return switch (action) {
            case "on" -> turnOn(words, context);
            case "off" -> turnOff(context);
            default -> new Reply(correction("“" + clean(action) + "” isn't a tips command.",
                    context.say("tips on 09:30 Europe/London weekdays")), false);
        };
    }

    private Reply turnOn(List<String> words, Context context) {
        LocalTime time = LocalTime.parse(properties.defaultTime());
        Optional<ZoneId> zone = Optional.empty();
        Schedule.Days days = Schedule.Days.WEEKDAYS;
        List<String> roleWords = new ArrayList<>();
        for (String word : words) {
            String lower = word.toLowerCase(Locale.ROOT);
            Matcher match = TIME.matcher(lower);
            if (match.matches() && Integer.parseInt(match.group(1)) < 24 && Integer.parseInt(match.group(2)) < 60) {
                time = LocalTime.of(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
            } else if (match.matches() || LOOKS_LIKE_TIME.matcher(lower).matches()) {
                return new Reply(correction("“" + clean(word) + "” isn't a time of day. Use the 24-hour clock, HH:MM.",
                        context.say("tips on 09:30")), false);
            } else if (lower.equals("weekdays") || lower.equals("weekday")) {
                days = Schedule.Days.WEEKDAYS;
            } else if (lower.equals("daily") || lower.equals("everyday")) {
                days = Schedule.Days.DAILY;
            } else if (lower.contains("/") || lower.equals("utc") || lower.equals("gmt")) {
                String id = ZONES.get(lower);
                if (id == null) {
                    return new Reply(correction("I don't know the time zone “" + clean(word) + "”. Use a name "
                            + "such as Europe/London or UTC.", context.say("tips on 09:30 Europe/London")), false);
                }
                zone = Optional.of(ZoneId.of(id));
            } else {
                roleWords.add(word);
            }
        }
        Optional<Role> role = roleWords.isEmpty() ? Optional.of(defaultRole())
                : engine.findRole(String.join(" ", roleWords));
        if (role.isEmpty()) {
            return new Reply(correction("I don't know the role “" + clean(String.join(" ", roleWords)) + "”. Say "
                    + context.say("roles") + " for the list.", context.say("tips on 09:30 "
                    + defaultRole().name().toLowerCase(Locale.ROOT))), false);
        }
        if (role.get().levels().isEmpty()) {
            return new Reply(correction("The framework does not describe " + role.get().name() + " level by level, "
                    + "so there are no tips for it. Choose another role.", context.say("tips on 09:30 "
                    + defaultRole().name().toLowerCase(Locale.ROOT))), false);
        }
        ZoneId chosenZone = zone.or(() -> context.userZone().get().flatMap(TipCommands::zone))
                .orElse(ZoneId.of(properties.defaultZone()));
        Schedule schedule = new Schedule(time, chosenZone, days);
        Instant now = clock.instant();
        store.subscribe(context.platform(), context.workspaceId(), context.conversationId(), context.address(),
                schedule, role.get().name(), context.userId(), now, random.nextLong());
        String text = context.userLabel() + " turned on daily tips here: " + describe(schedule) + ", about the "
                + role.get().name() + " role. The next tip is on " + next(schedule, now) + ".";
        return new Reply(new Answer("Daily tips are on", List.of(Answer.Section.text("", text)),
                List.of(new Answer.Action("Tips settings", "tips"), new Answer.Action("A tip now", "tip")),
                Optional.empty()), true);
    }

    private Reply turnOff(Context context) {
        boolean wasOn = store.unsubscribe(context.platform(), context.workspaceId(), context.conversationId(),
                context.userId(), clock.instant());
        if (!wasOn) {
            return new Reply(simple("Daily tips are off", "Daily tips were not on here. Turn them on with "
                    + context.say("tips on 09:30") + "."), false);
        }
        return new Reply(simple("Daily tips are off", context.userLabel() + " turned off daily tips here. "
                + "Turn them on again with " + context.say("tips on") + "."), true);
    }

    private Answer status(Context context) {
        Optional<Subscription> found = store.find(context.platform(), context.workspaceId(), context.conversationId());
        if (found.isEmpty()) {
            return simple("Daily tips are off here", "Turn them on with "
                    + context.say("tips on [HH:MM] [time zone] [weekdays|daily] [role]") + ", for example "
                    + context.say("tips on 09:30 Europe/London weekdays") + ".");
        }
        Subscription subscription = found.get();
        List<Answer.Fact> facts = new ArrayList<>();
        facts.add(new Answer.Fact("When", describe(subscription.schedule())));
        facts.add(new Answer.Fact("Role", subscription.roleName()));
        facts.add(new Answer.Fact("Tips so far", Integer.toString(subscription.tipsSent())));
        if (subscription.active()) {
            facts.add(new Answer.Fact("Next tip", next(subscription.schedule(), clock.instant())));
        }
        subscription.lastError().ifPresent(e -> facts.add(new Answer.Fact("Last error",
                e + subscription.lastErrorAt().map(at -> " (" + at + ")").orElse(""))));
        String state = subscription.active() ? "Daily tips are on here"
                : subscription.pausedReason().map(r -> "Daily tips are paused here").orElse("Daily tips are off here");
        List<Answer.Section> sections = new ArrayList<>();
        subscription.pausedReason().filter(r -> !subscription.active())
                .ifPresent(r -> sections.add(Answer.Section.text("Why they stopped", r)));
        sections.add(Answer.Section.facts("", facts));
        sections.add(Answer.Section.text("", "Change them with " + context.say("tips on ...") + ", stop them with "
                + context.say("tips off") + "."));
        return new Answer(state, sections, List.of(), Optional.empty());
    }

    private Answer tipNow(Context context) {
        Optional<Subscription> subscription = store.find(context.platform(), context.workspaceId(), context.conversationId())
                .filter(Subscription::active);
        String role = subscription.map(Subscription::roleName).orElse(defaultRole().name());
        List<Tip> tips = engine.tips().tipsFor(engine.model(), role);
        if (tips.isEmpty()) {
            return engine.answer("tip", context.wording());
        }
        if (subscription.isPresent()) {
            Tip tip = TipRotation.pick(tips, subscription.get().rotationSeed(), subscription.get().tipsSent());
            store.advanceRotation(subscription.get().id());
            return tip.answer();
        }
        return tips.get(random.nextInt(tips.size())).answer();
    }

    /** What to say when the tips settings did not answer in time: the change may yet be saved. */
    public static Answer unconfirmed(Wording wording) {
        return simple("Daily tips are slow to answer just now", "I couldn't confirm that in time. Say "
                + wording.command("tips") + " in a minute to see this conversation's settings.");
    }

    /** What to say when the tips settings cannot be read or saved just now; nothing was changed. */
    public static Answer unavailable() {
        return simple("Daily tips are unavailable just now", "I couldn't read or save the tips settings, so "
                + "nothing was changed. Please try again in a minute.");
    }

    private Role defaultRole() {
        return engine.model().role("Infrastructure operations engineer")
                .orElseGet(() -> engine.model().roles().stream().filter(r -> !r.levels().isEmpty()).findFirst()
                        .orElseThrow());
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static String describe(Schedule schedule) {
        return schedule.time() + " " + schedule.zone().getId() + " " + schedule.days().label();
    }

    private static String next(Schedule schedule, Instant now) {
        return schedule.nextAfter(now).atZone(schedule.zone()).format(WHEN) + " (" + schedule.zone().getId() + ")";
    }

    private static Answer correction(String problem, String example) {
        return new Answer("That didn't work: nothing was changed",
                List.of(Answer.Section.text("", problem), Answer.Section.text("For example", example)),
                List.of(), Optional.empty());
    }

    private static Answer simple(String title, String text) {
        return new Answer(title, List.of(Answer.Section.text("", text)), List.of(), Optional.empty());
    }

    /** What the user typed, safe to quote back. */
    private static String clean(String text) {
        String kept = NOT_QUOTED.matcher(text).replaceAll("");
        return kept.length() > 40 ? kept.substring(0, 40) + "…" : kept;
    }
}
