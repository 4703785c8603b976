package uk.gov.ddat.capability.bot.conversation;

import static uk.gov.ddat.capability.bot.conversation.AnswerParts.cap;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.home;
import static uk.gov.ddat.capability.bot.conversation.AnswerParts.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Outcome;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/** Two roles side by side, and the roles nearest to one by the skills they share. */
final class RoleComparison {

    private static final int CLOSEST = 8;

    private RoleComparison() {
    }

    /**
     * From one role to another, level matched to level: the skills both need (with the level each
     * needs), the skills to gain, and the skills that fall away.
     */
    static Answer compare(Question question) {
        Role from = question.role().orElseThrow();
        Role to = question.toRole().orElseThrow();
        Optional<RoleLevel> fromLevel = question.level();
        Optional<RoleLevel> toLevel = question.toLevel();
        List<Section> sections = new ArrayList<>();
        if (fromLevel.isEmpty() || toLevel.isEmpty()) {
            Set<String> a = skillNames(from);
            Set<String> b = skillNames(to);
            List<String> shared = a.stream().filter(b::contains).sorted().toList();
            sections.add(Section.bullets("Skills both roles need (" + shared.size() + ")", orNone(shared)));
            sections.add(Section.bullets("Only " + to.name() + " needs", orNone(b.stream().filter(s -> !a.contains(s))
                    .sorted().toList())));
            sections.add(Section.bullets("Only " + from.name() + " needs", orNone(a.stream().filter(s -> !b.contains(s))
                    .sorted().toList())));
            return new Answer(from.name() + " and " + to.name(), sections, List.of(), Optional.of(page(to)));
        }
        RoleLevel x = fromLevel.get();
        RoleLevel y = toLevel.get();
        LevelComparison comparison = LevelComparison.of(x, y);
        List<String> gain = comparison.gain().stream().map(s -> s.skill() + ": "
                + s.have().map(have -> have.label() + " → ").orElse("") + s.need().label()).toList();
        List<String> shared = comparison.shared().stream().map(s -> s.skill() + ": " + s.need().label()
                + (s.have().orElseThrow() == s.need() ? "" : " (you have " + s.have().orElseThrow().label() + ")"))
                .toList();
        List<String> fallAway = comparison.fallAway().stream()
                .map(s -> s.skill() + " (was " + s.level().label() + ")").toList();
        sections.add(Section.text("", "Compared level for level: " + x.name() + " → " + y.name() + "."));
        sections.add(Section.bullets("Skills to gain or grow (" + gain.size() + ")", orNone(gain)));
        sections.add(Section.bullets("Skills both need, already at the level (" + shared.size() + ")", orNone(shared)));
        sections.add(Section.bullets("Skills that fall away (" + fallAway.size() + ")", orNone(fallAway)));
        if (!y.youWill().isEmpty()) {
            sections.add(Section.bullets("At " + y.name() + ", you will:", y.youWill()));
        }
        List<Action> actions = new ArrayList<>();
        actions.add(new Action(y.name(), Commands.level(to, y)));
        actions.add(new Action(x.name(), Commands.level(from, x)));
        actions.add(new Action("Roles closest to " + from.name(), Commands.closestRoles(from)));
        return new Answer("From " + x.name() + " to " + y.name(), sections, cap(actions), Optional.of(page(to)));
    }

    /** Roles ranked by the share of skills they have in common with one role (Jaccard). */
    static Answer closest(Question question, FrameworkModel model) {
        if (question.role().isEmpty()) {
            return new Answer("Which role is yours?", List.of(Section.text("", "Name your role and I will rank the "
                    + "others by the skills they share with it, for example: roles closest to "
                    + model.roles().get(0).name().toLowerCase(Locale.ROOT) + ".")), List.of(), Optional.of(home()),
                    Outcome.NOT_SURE);
        }
        Role role = question.role().get();
        Set<String> mine = skillNames(role);
        record Ranked(Role role, int shared, double score) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Role other : model.roles()) {
            if (other.equals(role)) {
                continue;
            }
            Set<String> theirs = skillNames(other);
            Set<String> union = new HashSet<>(mine);
            union.addAll(theirs);
            int shared = (int) theirs.stream().filter(mine::contains).count();
            if (shared > 0) {
                ranked.add(new Ranked(other, shared, (double) shared / union.size()));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        List<String> lines = ranked.stream().limit(CLOSEST).map(r -> r.role().name() + ": " + r.shared() + " of "
                + mine.size() + " skills shared").toList();
        List<Section> sections = List.of(lines.isEmpty()
                ? Section.text("", "No other role in the data loaded here shares a skill with " + role.name() + ".")
                : Section.bullets("Ranked by the skills they share with " + role.name(), lines));
        List<Action> actions = ranked.stream().limit(3)
                .map(r -> new Action("Move to " + r.role().name(), Commands.compareRoles(role, r.role()))).toList();
        return new Answer("Roles closest to " + role.name(), sections, actions, Optional.of(page(role)));
    }

    private static Set<String> skillNames(Role role) {
        Set<String> names = new HashSet<>(role.unlevelledSkills());
        role.levels().forEach(l -> l.skills().forEach(s -> names.add(s.skill())));
        return names;
    }

    private static List<String> orNone(List<String> lines) {
        return lines.isEmpty() ? List.of("none") : lines;
    }
}
