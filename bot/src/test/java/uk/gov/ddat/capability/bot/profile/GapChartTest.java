package uk.gov.ddat.capability.bot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import uk.gov.ddat.capability.framework.SkillLevel;

class GapChartTest {

    private final GapChart chart = new GapChart();

    @Test
    void aTypicalReportIsASmallPngEightHundredPixelsWide() throws IOException {
        Attachment png = chart.render(GapReports.typical());

        BufferedImage image = read(png);
        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.isImage()).isTrue();
        assertThat(png.fileName()).isEqualTo("skills-gaps-2026-11-27.png");
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).as("grows with ten rows").isBetween(600, 1100);
        assertThat(png.content().length).as("bytes").isLessThan(60 * 1024);
    }

    @Test
    void theCompactSizeFitsATeamsDataUri() throws IOException {
        Attachment png = chart.render(GapReports.typical(), GapChart.Size.COMPACT);

        assertThat(read(png).getWidth()).isEqualTo(560);
        // Base64 grows it by a third; a Teams card must stay under about 28 KB in all.
        assertThat(png.content().length).as("bytes").isLessThan(20 * 1024);
    }

    @Test
    void theBarsUseTheColourBlindSafePalette() throws IOException {
        BufferedImage image = read(chart.render(GapReports.typical()));

        assertThat(colours(image)).as("Okabe-Ito blue (you) and orange (needs now)").contains(0x0072B2, 0xE69F00);
    }

    @Test
    void theAltTextNamesEverySkillWithEachLevel() {
        GapReport report = GapReports.typical();
        String alt = chart.render(report).description();

        assertThat(alt).startsWith("Skills of Senior infrastructure operations engineer, self-assessed on 27 November 2026"
                + " against what the level needs and what Lead infrastructure operations engineer needs: ");
        assertThat(alt).contains("Incident management: you working, needs practitioner, lead needs expert;")
                .contains("Modern standards approach: you not yet, needs working, lead needs practitioner;")
                .contains("Strategic thinking: you not assessed, not needed at your level, lead needs practitioner.");
        for (GapReport.Row row : report.rows()) {
            assertThat(alt).contains(row.skill() + ": ");
        }
    }

    @Test
    void anUnassessedReportStillShowsWhatIsNeededAndSaysSo() throws IOException {
        Attachment png = chart.render(GapReports.unassessed());

        assertThat(read(png).getWidth()).isEqualTo(800);
        assertThat(png.fileName()).isEqualTo("skills-gaps.png");
        assertThat(png.description()).contains("not assessed yet")
                .contains("Incident management: needs practitioner, lead needs expert")
                .doesNotContain("you ");
        assertThat(colours(read(png))).as("no bars of yours").doesNotContain(0x0072B2);
    }

    @Test
    void aLevelWithoutTargetOrSkillsStillRenders() throws IOException {
        GapReport top = new GapReport("Developer", "Head of engineering", Optional.empty(), "https://example.test/role",
                Optional.of(GapReports.ASSESSED), Optional.empty(), List.of(
                        GapReports.row("Strategic thinking", SelfLevel.EXPERT, null, SkillLevel.EXPERT, null)));
        GapReport empty = new GapReport("Developer", "Senior developer", Optional.empty(), "https://example.test/role",
                Optional.empty(), Optional.empty(), List.of());

        assertThat(chart.render(top).description())
                .isEqualTo("Skills of Head of engineering, self-assessed on 27 November 2026 against what the level needs:"
                        + " Strategic thinking: you expert, needs expert.");
        assertThat(read(chart.render(empty)).getWidth()).isEqualTo(800);
        assertThat(chart.render(empty).description()).contains("no skills listed");
    }

    @Test
    void twentyRowsRenderAndMoreAreCappedButKeptInTheAltText() throws IOException {
        BufferedImage twenty = read(chart.render(GapReports.rows(20)));
        Attachment thirty = chart.render(GapReports.rows(30));

        assertThat(twenty.getHeight()).isGreaterThan(read(chart.render(GapReports.typical())).getHeight());
        assertThat(read(thirty).getHeight()).as("capped at the twenty rows").isLessThan(twenty.getHeight() + 60);
        assertThat(thirty.content().length).isLessThan(60 * 1024);
        assertThat(thirty.description()).contains("Skill number 30: ").endsWith("The picture shows the first 20 of 30 skills.");
    }

    @Test
    void awkwardNamesStillRender() throws IOException {
        String longName = "Very long level name ".repeat(8).trim();
        GapReport report = new GapReport("Role\nwith a line break", longName, Optional.of("Another " + longName),
                "https://example.test/role", Optional.of(GapReports.ASSESSED), Optional.empty(), List.of(
                        GapReports.row("A skill name that goes on ".repeat(12) + "\tand on", SelfLevel.EXPERT, null, SkillLevel.AWARENESS, null),
                        GapReports.row("", null, null, null, null),
                        GapReports.row("Same", SelfLevel.NOT_YET, null, SkillLevel.WORKING, SkillLevel.EXPERT),
                        GapReports.row("Same", SelfLevel.WORKING, null, SkillLevel.WORKING, SkillLevel.EXPERT)));

        Attachment png = chart.render(report);

        assertThat(read(png).getWidth()).isEqualTo(800);
        assertThat(png.description()).contains("Same: you not yet, needs working").contains("Same: you working, needs working");
    }

    @Test
    void rendersTheSameBytesFromManyThreadsAtOnce() throws Exception {
        GapReport report = GapReports.typical();
        byte[] alone = chart.render(report).content();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                renders.add(pool.submit(() -> chart.render(report).content()));
            }
            for (Future<byte[]> render : renders) {
                assertThat(render.get(2, TimeUnit.MINUTES)).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rendersInAHeadlessJvm() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), HeadlessRender.class.getName())
                .redirectErrorStream(true).start();
        // A bound, not a measurement: a hung child must not hang the build.
        boolean finished = process.waitFor(2, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as("finished").isTrue();
        assertThat(output).contains("headless=true").contains("png=800x");
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static BufferedImage read(Attachment png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.content()));
        assertThat(image).as("a PNG ImageIO reads").isNotNull();
        return image;
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return colours;
    }
}
