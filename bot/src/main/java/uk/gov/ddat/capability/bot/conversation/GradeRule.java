package uk.gov.ddat.capability.bot.conversation;

import java.util.List;
import java.util.Optional;

import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * Civil Service grades: "grade HEO", "I'm an HEO, which levels could I be" (the levels at a grade),
 * "can an AO be a senior?" (a grade and a level: is that level done at that grade), and "list the
 * grades for each level" (every level of a role with its grades).
 */
final class GradeRule implements IntentRule {

    @Override
    public Optional<Question> apply(Reading reading) {
        Mentions m = reading.mentions();
        if (m.grades().isEmpty()) {
            boolean grades = m.has("grades") || m.has("grade") && (m.has("each") || m.has("every") || m.has("all"));
            if (!grades || !m.levels().isEmpty() || !m.skills().isEmpty()) {
                return Optional.empty();
            }
            if (reading.role().isPresent()) {
                return Optional.of(reading.base(Intent.LIST_GRADES));
            }
            // Without a role: the roles whose grades the data gives (the export has none of its own).
            List<Role> graded = reading.index.model.roles().stream()
                    .filter(r -> r.levels().stream().anyMatch(l -> !l.grades().isEmpty())).toList();
            if (graded.size() == 1) {
                return Optional.of(reading.base(Intent.LIST_GRADES).withRole(graded.get(0)));
            }
            return Optional.of(reading.question(Intent.CLARIFY).withConfidence(0.4)
                    .withChoices(Detail.Choosing.ROLE, graded.stream().map(Role::name).toList()));
        }
        Question question = reading.base(Intent.GRADE);
        Optional<Role> role = reading.role();
        if (role.isPresent() && !m.levels().isEmpty()) {
            List<RoleLevel> levels = reading.levels().levels();
            if (!levels.isEmpty()) {
                question = question.withLevels(levels.get(0), null);
            }
        }
        return Optional.of(question);
    }
}
