package uk.gov.ddat.capability.framework;

import java.util.List;
import java.util.Objects;

/** A group of related roles, e.g. "IT operations". */
public record RoleFamily(String name, List<Role> roles) {

    public RoleFamily {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}
