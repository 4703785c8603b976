package uk.gov.ddat.capability.bot.changes;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import uk.gov.ddat.capability.framework.load.PublishedPages;

/**
 * Framework change settings (application.yml "changes.*").
 *
 * @param pollInterval   CHANGES_POLL_INTERVAL: how often each instance compares the framework it serves with the
 *                       recorded one and looks for announcements to post; 0 turns both off
 * @param listed         CHANGES_LISTED: the most changes one answer or announcement lists ("and N more" after)
 * @param updatesUrl     CHANGES_UPDATES_URL: the published page about the framework's updates, linked from every
 *                       answer; the framework's home page unless set
 * @param announceWithin CHANGES_ANNOUNCE_WITHIN: change sets older than this are not announced (after downtime)
 * @param claimLease     an announcement put back for a retry is tried again after this
 */
@ConfigurationProperties("changes")
public record ChangesProperties(Duration pollInterval, int listed, String updatesUrl, Duration announceWithin,
                                Duration claimLease) {

    public ChangesProperties {
        pollInterval = pollInterval == null ? Duration.ofMinutes(1) : pollInterval;
        listed = listed <= 0 ? 10 : listed;
        updatesUrl = updatesUrl == null || updatesUrl.isBlank() ? PublishedPages.HOME : updatesUrl.strip();
        if (!updatesUrl.startsWith("https://") && !updatesUrl.startsWith("http://localhost")) {
            throw new IllegalArgumentException("changes.updates-url (CHANGES_UPDATES_URL) must be an https:// address");
        }
        announceWithin = announceWithin == null ? Duration.ofDays(7) : announceWithin;
        claimLease = claimLease == null ? Duration.ofMinutes(2) : claimLease;
    }
}
