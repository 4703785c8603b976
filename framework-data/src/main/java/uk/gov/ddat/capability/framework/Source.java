package uk.gov.ddat.capability.framework;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the framework data came from, for attribution.
 *
 * @param title       what the source is, e.g. "Infrastructure operations engineer (published role page)"
 * @param url         where it is published
 * @param lastUpdated the date the source gives for its content, if it gives one
 * @param licence     the attribution the licence asks for
 */
public record Source(String title, String url, Optional<LocalDate> lastUpdated, String licence) {

    public static final String OGL_ATTRIBUTION =
            "Contains public sector information licensed under the Open Government Licence v3.0.";

    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(licence, "licence");
    }
}
