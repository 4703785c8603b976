package uk.gov.ddat.capability.bot.profile;

/**
 * The latest assessment and gaps as files to take to a performance or development conversation.
 * TODO(chart helper): implement.
 */
public class GapExport {

    public Attachment csv(GapReport report) {
        throw new UnsupportedOperationException("not yet");
    }

    public Attachment markdown(GapReport report) {
        throw new UnsupportedOperationException("not yet");
    }
}
