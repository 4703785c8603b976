package uk.gov.ddat.capability.bot.profile;

/**
 * The gap view as a picture: self-assessed against required levels, one skill per row, rendered
 * to PNG on the server. TODO(chart helper): implement.
 */
public class GapChart {

    /**
     * The chart as a PNG attachment; its description is the alt text, with the same facts as the
     * picture. Thread-safe.
     */
    public Attachment render(GapReport report) {
        throw new UnsupportedOperationException("not yet");
    }
}
