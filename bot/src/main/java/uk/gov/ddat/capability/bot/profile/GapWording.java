package uk.gov.ddat.capability.bot.profile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.framework.SkillLevel;

/** The words the chart's alt text and the exports share, so both say the same facts the same way. */
final class GapWording {

    /** Dates as people in the UK read them, on the UK calendar day. */
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withZone(UK);
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(UK);

    private GapWording() {
    }

    /** "27 November 2026". */
    static String date(Instant instant) {
        return LONG_DATE.format(instant);
    }

    /** "skills-gaps-2026-11-27.csv", or "skills-gaps.csv" before any assessment. */
    static String fileName(GapReport report, String extension) {
        return "skills-gaps" + report.assessedAt().map(at -> "-" + FILE_DATE.format(at)).orElse("") + "." + extension;
    }

    /**
     * The target named by what sets it apart from the level: "lead" for Lead infrastructure
     * operations engineer against Senior infrastructure operations engineer; the whole name when
     * the two share no last words (a move to another role's track).
     */
    static String shortTarget(GapReport report) {
        return report.target().map(target -> distinctPart(target, report.level())).orElse("");
    }

    /** The same for the level itself: "senior". */
    static String shortLevel(GapReport report) {
        return report.target().map(target -> distinctPart(report.level(), target)).orElse(report.level());
    }

    private static String distinctPart(String name, String other) {
        String[] words = name.trim().split("\\s+");
        String[] others = other.trim().split("\\s+");
        int shared = 0;
        while (shared < words.length - 1 && shared < others.length - 1
                && words[words.length - 1 - shared].equalsIgnoreCase(others[others.length - 1 - shared])) {
            shared++;
        }
        if (shared == 0) {
            return name.trim();
        }
        String part = String.join(" ", Arrays.copyOf(words, words.length - shared));
        return part.toLowerCase(Locale.UK);
    }

    /** "Lead" from "lead". */
    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String self(Optional<SelfLevel> level) {
        return level.map(SelfLevel::label).orElse("not assessed");
    }

    static String required(Optional<SkillLevel> level) {
        return level.map(SkillLevel::label).orElse("not needed");
    }

    /** "Incident management: you working, needs practitioner, lead needs expert". */
    static String sentence(GapReport report, GapReport.Row row) {
        StringBuilder text = new StringBuilder(row.skill()).append(": ");
        if (report.assessed()) {
            text.append("you ").append(self(row.self())).append(", ");
        }
        text.append(row.now().map(level -> "needs " + level.label()).orElse("not needed at your level"));
        report.target().ifPresent(target -> text.append(", ").append(shortTarget(report)).append(" ")
                .append(row.atTarget().map(level -> "needs " + level.label()).orElse("does not need it")));
        return text.toString();
    }

    /** "3 below your level, 5 to grow for lead, 2 changed since 1 October 2026". */
    static String counts(GapReport report) {
        StringBuilder text = new StringBuilder();
        if (report.assessed()) {
            text.append(report.belowNowCount()).append(" below your level");
        } else {
            text.append("not assessed yet");
        }
        report.target().ifPresent(target -> text.append(", ").append(report.toGrowForTargetCount())
                .append(" to grow for ").append(shortTarget(report)));
        if (report.assessed()) {
            report.previousAt().ifPresent(previous -> text.append(", ").append(report.changedCount())
                    .append(" changed since ").append(date(previous)));
        }
        return text.toString();
    }
}
