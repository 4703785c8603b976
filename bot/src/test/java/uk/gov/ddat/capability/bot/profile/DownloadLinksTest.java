package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.conversation.Platform;
import uk.gov.ddat.capability.bot.testing.MutableClock;

class DownloadLinksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T12:00:00Z"));
    private final byte[] key = DownloadLinks.randomKey();
    private final DownloadLinks links = new DownloadLinks("https://bot.example.gov.uk/", key, Duration.ofMinutes(15),
            clock);
    private final PersonKey person = new PersonKey(Platform.TEAMS, "tenant-1", "29:someone-secret");

    @Test
    void aLinkOpensForItsPersonAndFileUntilItExpires() {
        String link = links.link(person, "skills-gaps.csv").orElseThrow();
        assertThat(link).startsWith("https://bot.example.gov.uk/files/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(links.open(token)).contains(new DownloadLinks.Grant(person, "skills-gaps.csv"));

        clock.advance(Duration.ofMinutes(15));
        assertThat(links.open(token)).isEmpty();
    }

    @Test
    void theIdsInsideCannotBeReadFromTheLink() {
        String link = links.link(person, "skills-gaps.csv").orElseThrow();
        for (String part : link.substring(link.lastIndexOf('/') + 1).split("\\.")) {
            String decoded = new String(Base64.getUrlDecoder().decode(part), StandardCharsets.ISO_8859_1);
            assertThat(decoded).doesNotContain("someone-secret").doesNotContain("tenant-1");
        }
    }

    @Test
    void tamperedForeignAndMeaninglessTokensOpenNothing() {
        String link = links.link(person, "skills-gaps.csv").orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);
        // One character of the ciphertext (the fourth part) changed; its first character carries whole bits.
        String[] parts = token.split("\\.");
        parts[3] = (parts[3].charAt(0) == 'A' ? 'B' : 'A') + parts[3].substring(1);
        String tampered = String.join(".", parts);
        DownloadLinks otherKey = new DownloadLinks("https://bot.example.gov.uk", DownloadLinks.randomKey(),
                Duration.ofMinutes(15), clock);
        assertThat(links.open(tampered)).isEmpty();
        assertThat(otherKey.open(token)).isEmpty();
        assertThat(links.open("not-a-token")).isEmpty();
        assertThat(links.open("")).isEmpty();
        assertThat(links.open(null)).isEmpty();
        assertThat(links.open("a".repeat(5_000))).isEmpty();
    }

    @Test
    void withoutAPublicAddressNoLinksAreMade() {
        DownloadLinks none = new DownloadLinks("", key, Duration.ofMinutes(15), clock);
        assertThat(none.link(person, "skills-gaps.csv")).isEmpty();
    }

    @Test
    void aFrameworkFileLinkCarriesItsCommandAndNamesNoOne() {
        String link = links.frameworkLink("advert Senior developer", "job-advert-senior-developer.md").orElseThrow();
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(links.openFrameworkFile(token))
                .contains(new DownloadLinks.FrameworkFile("advert Senior developer", "job-advert-senior-developer.md"));

        clock.advance(Duration.ofMinutes(15));
        assertThat(links.openFrameworkFile(token)).isEmpty();
    }

    @Test
    void theTwoKindsNeverOpenAsEachOther() {
        String personal = links.link(person, "skills-gaps.csv").orElseThrow();
        String framework = links.frameworkLink("advert Senior developer", "skills-gaps.csv").orElseThrow();
        assertThat(links.openFrameworkFile(personal.substring(personal.lastIndexOf('/') + 1))).isEmpty();
        assertThat(links.open(framework.substring(framework.lastIndexOf('/') + 1))).isEmpty();
    }

    @Test
    void aFileDecidesItsKindOfLink() {
        Attachment own = new Attachment("skills-gaps.csv", "text/csv", new byte[0], "yours");
        Attachment advert = new Attachment("job-advert.md", "text/markdown", new byte[0], "advert",
                java.util.Optional.of("advert Senior developer"));
        String ownLink = links.link(person, own).orElseThrow();
        String advertLink = links.link(person, advert).orElseThrow();
        assertThat(links.open(ownLink.substring(ownLink.lastIndexOf('/') + 1)))
                .contains(new DownloadLinks.Grant(person, "skills-gaps.csv"));
        assertThat(links.openFrameworkFile(advertLink.substring(advertLink.lastIndexOf('/') + 1)))
                .contains(new DownloadLinks.FrameworkFile("advert Senior developer", "job-advert.md"));
    }
}
