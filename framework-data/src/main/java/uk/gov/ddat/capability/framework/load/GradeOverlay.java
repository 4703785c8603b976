package uk.gov.ddat.capability.framework.load;

import java.util.List;

import uk.gov.ddat.capability.framework.FrameworkModel;
import uk.gov.ddat.capability.framework.Role;
import uk.gov.ddat.capability.framework.RoleFamily;
import uk.gov.ddat.capability.framework.RoleLevel;

/**
 * The export has no job grades; the bundled data has them for the roles it covers. This copies
 * them onto the export's levels of the same name, leaving everything else as the export says.
 */
final class GradeOverlay {

    private GradeOverlay() {
    }

    static FrameworkModel apply(FrameworkModel export, FrameworkModel bundled) {
        List<RoleFamily> families = export.families().stream()
                .map(family -> new RoleFamily(family.name(), family.roles().stream()
                        .map(role -> bundled.role(role.name()).map(known -> withGrades(role, known)).orElse(role))
                        .toList()))
                .toList();
        return new FrameworkModel(export.source(), families, export.skills());
    }

    private static Role withGrades(Role role, Role known) {
        List<RoleLevel> levels = role.levels().stream()
                .map(level -> level.grades().isEmpty()
                        ? known.level(level.name())
                                .map(k -> new RoleLevel(level.name(), level.track(), level.position(), level.summary(),
                                        level.youWill(), k.grades(), level.skills()))
                                .orElse(level)
                        : level)
                .toList();
        return new Role(role.name(), role.family(), role.description(), role.youWill(), levels,
                role.unlevelledSkills(), role.roleType(), role.url());
    }
}
