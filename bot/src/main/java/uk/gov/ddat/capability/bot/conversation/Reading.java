package uk.gov.ddat.capability.bot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;
import uk.gov.ddat.capability.framework.Skill;
import uk.gov.ddat.capability.framework.Track;

/**
 * A question's mentions read against the framework, for the intent rules: the role it is about
 * (named, implied by a level's name, or the only role loaded) and its levels resolved against that
 * role. Worked out once per question, on first use.
 */
final class Reading {

    /** The levels a question names, resolved; or the reason they could not be. */
    record Levels(List<RoleLevel> levels, Mention<LevelRef> missing) {
    }

    final List<String> tokens;
    final ModelIndex index;
    final String quoted;
    private final java.util.function.Supplier<Mentions> finder;
    private Mentions mentions;
    private Optional<Role> role;
    private Levels levels;

    /** {@code finder} runs the mention pass, once, when a rule first needs it (the fixed commands do not). */
    Reading(List<String> tokens, java.util.function.Supplier<Mentions> finder, ModelIndex index, String quoted) {
        this.tokens = tokens;
        this.finder = finder;
        this.index = index;
        this.quoted = quoted;
    }

    Mentions mentions() {
        if (mentions == null) {
            mentions = finder.get();
        }
        return mentions;
    }

    Question question(Intent intent) {
        return Question.of(intent, quoted);
    }

    /** Every role the question names, by name or by a level's full name, in the order written. */
    List<Role> rolesNamed() {
        List<Mention<Role>> all = new ArrayList<>(mentions().roles());
        for (Mention<LevelRef> level : mentions().levels()) {
            if (level.value().exact() != null) {
                all.add(new Mention<>(level.value().exact().role(), level.start(), level.end(), level.confidence()));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        List<Role> roles = new ArrayList<>();
        all.forEach(m -> {
            if (!roles.contains(m.value())) {
                roles.add(m.value());
            }
        });
        return roles;
    }

    /** The role the question is about, if it can be told. */
    Optional<Role> role() {
        if (role == null) {
            role = Optional.ofNullable(findRole());
        }
        return role;
    }

    private Role findRole() {
        if (!mentions().roles().isEmpty()) {
            return mentions().roles().get(0).value();
        }
        Optional<Role> byLevel = mentions().levels().stream().filter(m -> m.value().exact() != null)
                .map(m -> m.value().exact().role()).findFirst();
        if (byLevel.isPresent()) {
            return byLevel.get();
        }
        if (index.singleRole()) {
            return index.model.roles().get(0);
        }
        if (!mentions().skills().isEmpty() && !mentions().levels().isEmpty()) {
            List<Role> needing = index.model.rolesNeeding(skill().orElseThrow().name());
            return needing.size() == 1 ? needing.get(0) : null;
        }
        return null;
    }

    Optional<Skill> skill() {
        return mentions().skills().isEmpty() ? Optional.empty() : Optional.of(mentions().skills().get(0).value());
    }

    /** The levels named, resolved against {@link #role()}; needs a role. */
    Levels levels() {
        if (levels == null) {
            levels = resolveLevels(role().orElseThrow());
        }
        return levels;
    }

    private Levels resolveLevels(Role target) {
        boolean managementTrack = mentions().has("management") && !target.levels(Track.MANAGEMENT).isEmpty()
                && unusedWord("management");
        List<RoleLevel> found = new ArrayList<>();
        for (Mention<LevelRef> ref : mentions().levels()) {
            Optional<RoleLevel> level = ref.value().resolve(target, managementTrack, index::seniority);
            if (level.isEmpty()) {
                return new Levels(List.of(), ref);
            }
            if (!found.contains(level.get())) {
                found.add(level.get());
            }
        }
        return new Levels(found, null);
    }

    private boolean unusedWord(String word) {
        for (int i = 0; i < mentions().tokens().size(); i++) {
            if (!mentions().used().get(i) && mentions().tokens().get(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The lowest confidence of the mentions a reading rests on. */
    double confidence() {
        double least = 1.0;
        for (Mention<?> m : mentions().roles()) {
            least = Math.min(least, m.confidence());
        }
        for (Mention<?> m : mentions().skills()) {
            least = Math.min(least, m.confidence());
        }
        for (Mention<?> m : mentions().levels()) {
            least = Math.min(least, m.confidence());
        }
        return least;
    }

    /** A question carrying the role, skill and confidence of this reading. */
    Question base(Intent intent) {
        return question(intent).withRole(role().orElse(null)).withSkill(skill().orElse(null))
                .withGrade(mentions().grades().isEmpty() ? null : mentions().grades().get(0).value())
                .withSkillLevel(mentions().skillLevels().isEmpty() ? null : mentions().skillLevels().get(0).value())
                .withConfidence(confidence());
    }
}
