package uk.gov.ddat.capability.bot.api;

import java.util.HashSet;
import java.util.Set;

import uk.gov.ddat.capability.framework.load.PublishedPages;

/**
 * Ids for one kind of thing: the published pages' slug of its name ("senior-developer"), with
 * "-2", "-3"... after a slug already taken. Given in the data's order, so the same data always
 * gives the same ids.
 */
final class Slugs {

    private final Set<String> taken = new HashSet<>();

    String add(String name) {
        String base = PublishedPages.slug(name);
        base = base.isEmpty() ? "unnamed" : base;
        String slug = base;
        for (int n = 2; !taken.add(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
