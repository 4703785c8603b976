package uk.gov.ddat.capability.framework.load;

import java.util.Locale;

/** Addresses of the framework's published pages. */
public final class PublishedPages {

    public static final String HOME = "https://ddat-capability-framework.service.gov.uk/";
    /** "Skills A to Z": every skill and the 4 ascending skill levels. */
    public static final String SKILLS = HOME + "skills";

    private PublishedPages() {
    }

    /** "Development operations (DevOps) engineer" → ".../development-operations-devops-engineer.html". */
    public static String roleUrl(String roleName) {
        return HOME + slug(roleName) + ".html";
    }

    /** "Development operations (DevOps) engineer" → "development-operations-devops-engineer". */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
    }
}
