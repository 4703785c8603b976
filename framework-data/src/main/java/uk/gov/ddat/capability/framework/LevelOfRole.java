package uk.gov.ddat.capability.framework;

/** A role level together with the role it belongs to. */
public record LevelOfRole(Role role, RoleLevel level) {
}
