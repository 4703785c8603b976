package uk.gov.ddat.capability.bot.tips;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Daily tips settings (application.yml "tips.*").
 *
 * @param pollInterval TIPS_POLL_INTERVAL: how often each instance looks for tips that are due
 * @param grace        TIPS_GRACE: tips missed by less than this (downtime) are still posted; older ones are skipped
 * @param claimLease   a delivery put back for a retry is tried again after this (one being sent is never taken over)
 * @param sendThreads  TIPS_SEND_THREADS: tips posted at once
 * @param defaultZone  time zone when neither the command nor the user's profile gives one
 * @param defaultTime  time of day when the command gives none
 */
@ConfigurationProperties("tips")
public record TipsProperties(Duration pollInterval, Duration grace, Duration claimLease, int sendThreads,
                             String defaultZone, String defaultTime) {

    public TipsProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(20) : pollInterval;
        grace = grace == null ? Duration.ofHours(2) : grace;
        claimLease = claimLease == null ? Duration.ofMinutes(2) : claimLease;
        sendThreads = sendThreads <= 0 ? 8 : sendThreads;
        defaultZone = defaultZone == null || defaultZone.isBlank() ? "Europe/London" : defaultZone;
        defaultTime = defaultTime == null || defaultTime.isBlank() ? "09:30" : defaultTime;
    }
}
