package uk.gov.ddat.capability.bot.changes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.gov.ddat.capability.bot.conversation.Answer;
import uk.gov.ddat.capability.framework.diff.Change;

/**
 * How a change set reads: its date, its first few changes and how many more there are, and the
 * published pages to read the rest. Every sentence is made from the framework's own names.
 */
public class ChangeAnswers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final int listed;
    private final String updatesUrl;
    private final ZoneId zone;

    /**
     * @param listed     the most changes listed in one answer; the rest are counted ("and 12 more")
     * @param updatesUrl the published page that says what changed
     * @param zone       the zone dates are shown in
     */
    public ChangeAnswers(int listed, String updatesUrl, ZoneId zone) {
        this.listed = Math.max(1, listed);
        this.updatesUrl = updatesUrl;
        this.zone = zone;
    }

    /** The answer to "changes". */
    public Answer latest(Optional<RecordedChangeSet> latest) {
        if (latest.isEmpty()) {
            return new Answer("No changes recorded yet", List.of(Answer.Section.text("", "I haven't seen the "
                    + "framework change since I started keeping track. I compare it each time I load it again.")),
                    List.of(), Optional.of(link()));
        }
        return describe("What changed in the framework", latest.get());
    }

    /** What is posted to a conversation that opted in. */
    public Answer announcement(RecordedChangeSet changes) {
        return describe("The capability framework has changed", changes);
    }

    private Answer describe(String title, RecordedChangeSet changes) {
        List<Change> all = changes.changes();
        List<String> bullets = new ArrayList<>(all.stream().limit(listed).map(Change::describe).toList());
        if (all.size() > listed) {
            bullets.add("and " + (all.size() - listed) + " more");
        }
        String when = "Seen on " + changes.recordedAt().atZone(zone).format(DATE) + ": " + all.size()
                + (all.size() == 1 ? " change." : " changes.");
        return new Answer(title, List.of(Answer.Section.text("", when), Answer.Section.bullets("", bullets)),
                List.of(), Optional.of(link()));
    }

    private Answer.Link link() {
        return new Answer.Link("The framework's published updates", updatesUrl);
    }
}
