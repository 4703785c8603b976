package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import uk.gov.ddat.capability.bot.conversation.Answer.Action;
import uk.gov.ddat.capability.bot.conversation.Answer.Section;
import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Grade;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.SkillRequirement;

/**
 * Tips drawn from the framework data, in a fixed order for a given snapshot: skill spotlights,
 * progression tips, grade tips and, with several roles, roles that share a skill. Each tip says
 * only what the data holds, and offers a button to explore further.
 */
public final class TipCatalogue {

    /** What a tip is about: its kind, the role it belongs to ("" for a shared skill), and its subject. */
    public record Key(Kind kind, String role, String subject) {

        public enum Kind { SKILL, PROGRESSION, GRADE, SHARED }

        /**
         * The tip's id, as stored with each delivery and ordering each rotation: the same text
         * for the same data across reloads and releases ("skill:Role:Skill", "shared:Skill"), so
         * no conversation's rotation is reshuffled.
         */
        public String id() {
            String kindName = kind.name().toLowerCase(Locale.ROOT);
            return kind == Kind.SHARED ? kindName + ":" + subject : kindName + ":" + role + ":" + subject;
        }

        boolean belongsTo(String roleName, List<String> roleSkills) {
            return kind == Kind.SHARED ? roleSkills.stream().anyMatch(s -> s.equalsIgnoreCase(subject))
                    : role.equalsIgnoreCase(roleName);
        }
    }

    /** One tip; its {@link #id()} is stable across reloads of the same data, for rotation. */
    public record Tip(Key key, Answer answer) {

        public String id() {
            return key.id();
        }
    }

    /** The tips of one snapshot, built once: every tip is the same object each time it is asked for. */
    private record Built(FrameworkModel model, List<Tip> all, Map<String, List<Tip>> byRole) {
    }

    private final RandomGenerator random;
    private final AtomicReference<Built> built = new AtomicReference<>();

    public TipCatalogue(RandomGenerator random) {
        this.random = random;
    }

    private Built built(FrameworkModel model) {
        Built current = built.get();
        if (current != null && current.model() == model) {
            return current;
        }
        Built fresh = new Built(model, build(model), new ConcurrentHashMap<>());
        built.set(fresh);
        return fresh;
    }

    Answer random(FrameworkModel model) {
        List<Tip> all = tips(model);
        return all.get(random.nextInt(all.size())).answer();
    }

    /**
     * The tips for a conversation subscribed to one role: that role's skill, progression and grade
     * tips, and (with several roles loaded) the skills it shares with other roles.
     */
    public List<Tip> tipsFor(FrameworkModel model, String roleName) {
        Built current = built(model);
        return current.byRole().computeIfAbsent(roleName.toLowerCase(Locale.ROOT),
                role -> select(current.all(), model, roleName));
    }

    private static List<Tip> select(List<Tip> all, FrameworkModel model, String roleName) {
        List<String> roleSkills = model.role(roleName).map(r -> r.levels().stream()
                .flatMap(l -> l.skills().stream()).map(s -> s.skill()).distinct().toList()).orElse(List.of());
        return all.stream().filter(tip -> tip.key().belongsTo(roleName, roleSkills)).toList();
    }

    public List<Tip> tips(FrameworkModel model) {
        return built(model).all();
    }

    private static List<Tip> build(FrameworkModel model) {
        List<Tip> tips = new ArrayList<>();
        for (Role role : model.roles()) {
            for (Skill skill : model.skills()) {
                if (role.levels().stream().anyMatch(l -> l.requirement(skill.name()).isPresent())) {
                    tips.add(skillSpotlight(role, skill));
                }
            }
            for (RoleLevel level : role.levels()) {
                role.next(level).ifPresent(next -> tips.add(progressionTip(role, level, next)));
                if (!level.grades().isEmpty()) {
                    tips.add(gradeTip(role, level));
                }
            }
        }
        if (model.roles().size() > 1) {
            for (Skill skill : model.skills()) {
                List<Role> sharing = model.rolesNeeding(skill.name());
                if (sharing.size() >= 2) {
                    tips.add(sharedSkillTip(skill, sharing));
                }
            }
        }
        return List.copyOf(tips);
    }

    private static Tip skillSpotlight(Role role, Skill skill) {
        List<String> growth = new ArrayList<>();
        for (RoleLevel level : role.levels()) {
            level.requirement(skill.name()).ifPresent(r -> growth.add(level.name() + ": " + r.level().label()));
        }
        List<Section> sections = new ArrayList<>();
        skill.description().ifPresent(d -> sections.add(Section.text("", d)));
        sections.add(Section.bullets("How it grows in " + role.name(), growth));
        return new Tip(new Key(Key.Kind.SKILL, role.name(), skill.name()), new Answer("Tip: skill spotlight on " + skill.name(),
                sections, List.of(new Action("Explore " + skill.name(), Commands.skill(skill, role))),
                Optional.of(new Answer.Link("Read " + role.name(), role.url()))));
    }

    private static Tip progressionTip(Role role, RoleLevel from, RoleLevel to) {
        List<String> stepUp = new ArrayList<>();
        for (SkillRequirement target : to.skills()) {
            from.requirement(target.skill()).filter(before -> target.level().compareTo(before.level()) > 0)
                    .ifPresent(before -> stepUp.add(target.skill() + ": " + before.level().label() + " → "
                            + target.level().label()));
        }
        long added = to.skills().stream().filter(s -> from.requirement(s.skill()).isEmpty()).count();
        String summary = stepUp.size() + (stepUp.size() == 1 ? " skill steps" : " skills step") + " up from "
                + from.name() + " to " + to.name() + (added > 0 ? ", and " + added + " new "
                + (added == 1 ? "skill appears" : "skills appear") : "") + ".";
        List<Section> sections = new ArrayList<>();
        sections.add(Section.text("", summary));
        if (!stepUp.isEmpty()) {
            sections.add(Section.bullets("", stepUp));
        }
        return new Tip(new Key(Key.Kind.PROGRESSION, role.name(), from.name()), new Answer("Tip: moving up to " + to.name(),
                sections, List.of(new Action("Compare the levels", Commands.compare(role, from, to))),
                Optional.of(new Answer.Link("Read " + role.name(), role.url()))));
    }

    private static Tip gradeTip(Role role, RoleLevel level) {
        String grades = level.grades().stream().map(Grade::label).collect(Collectors.joining(" or "));
        return new Tip(new Key(Key.Kind.GRADE, role.name(), level.name()), new Answer("Tip: grades and levels",
                List.of(Section.text("", level.name() + " is often performed at the Civil Service job grade of "
                        + grades + ".")),
                List.of(new Action("See " + level.name(), Commands.level(role, level))),
                Optional.of(new Answer.Link("Read " + role.name(), role.url()))));
    }

    private static Tip sharedSkillTip(Skill skill, List<Role> sharing) {
        String names = sharing.stream().map(Role::name).collect(Collectors.joining(", "));
        return new Tip(new Key(Key.Kind.SHARED, "", skill.name()), new Answer("Did you know? " + sharing.size() + " roles need "
                + skill.name(), List.of(Section.text("", skill.name() + " is a skill of: " + names + ".")),
                List.of(new Action("Explore " + skill.name(), Commands.skill(skill, null))), Optional.empty()));
    }
}
