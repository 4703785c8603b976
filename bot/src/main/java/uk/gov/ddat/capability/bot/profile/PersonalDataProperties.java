package uk.gov.ddat.capability.bot.profile;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept.
 *
 * @param retention              self-assessments older than this are deleted (PERSONAL_DATA_RETENTION)
 * @param removedWorkspaceGrace  after the app is removed from a workspace (uninstalled, tokens revoked),
 *                               its people's data is deleted once this has passed without it coming back
 *                               (PERSONAL_DATA_REMOVED_WORKSPACE_GRACE)
 * @param housekeepingInterval   how often both are applied
 * @param timeZone               the zone dates are shown in
 * @param publicUrl              the bot's public address, for download links in Teams (BOT_PUBLIC_URL); empty: none
 * @param downloadKey            base64 of 32 bytes that seal download links, the same on every instance
 *                               (DOWNLOAD_LINK_KEY); empty: a random key, good for one instance until it restarts
 * @param downloadLinkLifetime   how long a download link works
 */
@ConfigurationProperties("personal-data")
public record PersonalDataProperties(Duration retention, Duration removedWorkspaceGrace, Duration housekeepingInterval,
                                     String timeZone, String publicUrl, String downloadKey,
                                     Duration downloadLinkLifetime) {

    public PersonalDataProperties {
        retention = retention == null ? Duration.ofDays(730) : retention;
        removedWorkspaceGrace = removedWorkspaceGrace == null ? Duration.ofDays(30) : removedWorkspaceGrace;
        housekeepingInterval = housekeepingInterval == null ? Duration.ofHours(6) : housekeepingInterval;
        timeZone = timeZone == null || timeZone.isBlank() ? "Europe/London" : timeZone;
        ZoneId.of(timeZone);
        publicUrl = publicUrl == null ? "" : publicUrl.strip();
        if (!publicUrl.isEmpty() && !publicUrl.startsWith("https://") && !publicUrl.startsWith("http://localhost")
                && !publicUrl.startsWith("http://127.0.0.1")) {
            throw new IllegalArgumentException("personal-data.public-url (BOT_PUBLIC_URL) must be an https:// address");
        }
        downloadKey = downloadKey == null ? "" : downloadKey.strip();
        downloadLinkLifetime = downloadLinkLifetime == null ? Duration.ofMinutes(15) : downloadLinkLifetime;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("personal-data.retention must be positive");
        }
        if (removedWorkspaceGrace.isNegative()) {
            throw new IllegalArgumentException("personal-data.removed-workspace-grace must not be negative");
        }
    }
}
