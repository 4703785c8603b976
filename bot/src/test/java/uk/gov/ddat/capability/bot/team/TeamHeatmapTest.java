package uk.gov.ddat.capability.bot.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.bot.profile.Attachment;

/** The heatmap's picture and its alt text, from a report made by hand. */
class TeamHeatmapTest {

    private static final Instant DAY = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachStandingHasItsOwnOkabeItoColourAndTheAltTextSaysTheSame() throws Exception {
        Map<String, TeamReport.Standing> alex = new LinkedHashMap<>();
        alex.put("Incident management", TeamReport.Standing.BELOW);
        alex.put("IT infrastructure", TeamReport.Standing.ABOVE);
        Map<String, TeamReport.Standing> sam = new LinkedHashMap<>();
        sam.put("Incident management", TeamReport.Standing.AT);
        sam.put("Problem management", TeamReport.Standing.NOT_ASSESSED);
        TeamReport report = new TeamReport(List.of(
                new TeamReport.Person("Alex", Optional.of("Senior IOE"), Optional.of(DAY), alex),
                new TeamReport.Person("Sam", Optional.of("Lead IOE"), Optional.of(DAY), sam)), List.of(
                new TeamReport.SkillCount("Incident management", 1, 1, 0, 0),
                new TeamReport.SkillCount("IT infrastructure", 0, 0, 1, 0),
                new TeamReport.SkillCount("Problem management", 0, 0, 0, 1)));

        Attachment png = new TeamHeatmap().render(report);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertThat(colours).contains(0xE69F00, 0x56B4E9, 0x0072B2, 0xDDDDDD);
        assertThat(png.description()).isEqualTo("Team skills heatmap of 2 people against what each one's role "
                + "level needs. Per skill: Incident management: 1 below, 1 at; IT infrastructure: 1 above; "
                + "Problem management: 1 not assessed. Alex, Senior IOE, self-assessed 2026-12-01: 1 below, 1 above. "
                + "Sam, Lead IOE, self-assessed 2026-12-01: 1 at, 1 not assessed.");
    }

    @Test
    void aTeamOfFiftyIsDrawnWholeAndBiggerTeamsSayWhatIsLeftOut() throws Exception {
        Map<String, TeamReport.Standing> standings = new LinkedHashMap<>();
        for (int s = 0; s < 15; s++) {
            standings.put("Skill " + s, TeamReport.Standing.values()[s % 4]);
        }
        List<TeamReport.Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 70; i++) {
            people.add(new TeamReport.Person("Person " + i, Optional.of("Level"), Optional.of(DAY), standings));
        }
        TeamReport fifty = new TeamReport(people.subList(0, 50), List.of(new TeamReport.SkillCount("Skill 0", 50, 0, 0, 0)));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(new TeamHeatmap().render(fifty).content()));
        assertThat(image.getHeight()).isGreaterThan(50 * 22);
        assertThat(new TeamHeatmap().altText(fifty)).doesNotContain("the export has them all");

        TeamReport seventy = new TeamReport(people, List.of(new TeamReport.SkillCount("Skill 0", 70, 0, 0, 0)));
        assertThat(new TeamHeatmap().altText(seventy)).hasSizeLessThanOrEqualTo(TeamHeatmap.MAX_ALT_TEXT + 200)
                .contains(" more people: the team export has everyone.");
        assertThat(new TeamHeatmap().altText(seventy)).endsWith("The picture shows the first 60 people and 1 skills; "
                + "the export has them all.");
    }
}
