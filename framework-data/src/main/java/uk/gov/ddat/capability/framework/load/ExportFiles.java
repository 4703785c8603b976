package uk.gov.ddat.capability.framework.load;

import java.util.Objects;
import java.util.Optional;

/**
 * The raw bytes of the official export: roles.csv, and skills.csv when present.
 *
 * @param rolesName  how to name roles.csv in problem messages (its path or URL)
 * @param roles      the bytes of roles.csv
 * @param skillsName how to name skills.csv in problem messages
 * @param skills     the bytes of skills.csv, if the export has one
 * @param origin     where the export came from, for attribution (a folder or URL)
 */
public record ExportFiles(String rolesName, byte[] roles, String skillsName, Optional<byte[]> skills, String origin) {

    public ExportFiles {
        Objects.requireNonNull(rolesName, "rolesName");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(origin, "origin");
    }
}
