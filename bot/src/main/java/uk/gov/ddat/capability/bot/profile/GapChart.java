package uk.gov.ddat.capability.bot.profile;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.StringJoiner;

import org.jfree.chart.JFreeChart;

/**
 * The gap view as a picture: per skill, what the person said, what their level needs and what
 * their target needs, as horizontal bars on the "not yet" to "expert" scale, rendered to PNG on
 * the server. Horizontal bars keep skill names readable when chat clients shrink the image.
 *
 * <p>Drawn into an off-screen image only, so it needs no display: it works with
 * {@code java.awt.headless=true}, which Spring Boot sets for the application (and the benchmark
 * and tests set for their JVMs). Each call builds its own chart objects: thread-safe.
 *
 * <p>{@link GapChartPlot} builds the chart, in the colours of {@link ChartPalette};
 * {@link PngImages} turns the picture into small PNG bytes.
 */
public class GapChart {

    /** Skills drawn at most; a role level has about 15. The alt text and exports keep them all. */
    public static final int MAX_ROWS = 20;

    /**
     * How big to draw. STANDARD for Slack uploads and attachments; COMPACT for a data URI inside a
     * Teams card, which limits the whole card to about 28 KB.
     */
    public enum Size {
        STANDARD(800, 1.0f, 14),
        COMPACT(560, 0.72f, 10);

        final int width;
        final float scale;
        final int barHeight;

        Size(int width, float scale, int barHeight) {
            this.width = width;
            this.scale = scale;
            this.barHeight = barHeight;
        }

        float font(float points) {
            return Math.max(11f, points * scale);
        }
    }

    public Attachment render(GapReport report) {
        return render(report, Size.STANDARD);
    }

    /**
     * The chart as a PNG attachment; its description is the alt text, with the same facts as the
     * picture. Text needs the runtime's font libraries and at least one font: in a runtime without
     * them this throws (an {@link Error} such as UnsatisfiedLinkError among them), so callers show
     * the gaps as text instead.
     */
    public Attachment render(GapReport report, Size size) {
        List<GapReport.Row> rows = report.rows().subList(0, Math.min(MAX_ROWS, report.rows().size()));
        JFreeChart chart = GapChartPlot.chart(report, rows, size);
        int series = series(report);
        int perRow = series * size.barHeight + Math.round(size.barHeight * 1.6f);
        int height = Math.round(170 * size.scale) + Math.max(1, rows.size()) * perRow
                + (rows.size() < report.rows().size() ? Math.round(30 * size.scale) : 0)
                + extraTitleLines(report, size) * Math.round(size.font(22) * 1.3f);
        BufferedImage image = new BufferedImage(size.width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart.draw(graphics, new Rectangle2D.Double(0, 0, size.width, height));
        } finally {
            graphics.dispose();
        }
        return new Attachment(GapWording.fileName(report, "png"), "image/png", PngImages.compactPng(image),
                altText(report));
    }

    /** The same facts as the picture, in words, for screen readers and anyone who cannot see it. */
    public String altText(GapReport report) {
        StringBuilder text = new StringBuilder("Skills of ").append(report.level());
        report.assessedAt().ifPresentOrElse(
                at -> text.append(", self-assessed on ").append(GapWording.date(at)),
                () -> text.append(", not assessed yet"));
        text.append(report.assessed() ? " against" : ": showing").append(" what the level needs");
        report.target().ifPresent(target -> text.append(" and what ").append(target).append(" needs"));
        StringJoiner rows = new StringJoiner("; ", ": ", ".");
        report.rows().forEach(row -> rows.add(GapWording.sentence(report, row)));
        if (report.rows().isEmpty()) {
            rows.add("no skills listed");
        }
        text.append(rows);
        if (report.rows().size() > MAX_ROWS) {
            text.append(" The picture shows the first ").append(MAX_ROWS).append(" of ")
                    .append(report.rows().size()).append(" skills.");
        }
        return text.toString();
    }

    /** A long level name wraps the title: room for its extra lines, so the bars keep their height. */
    private static int extraTitleLines(GapReport report, Size size) {
        // Bold sans-serif averages about 0.6 of its size per character.
        int perLine = Math.max(10, Math.round(size.width / (size.font(22) * 0.6f)));
        return Math.min(4, GapChartPlot.title(report).length() / perLine);
    }

    private static int series(GapReport report) {
        return 1 + (report.assessed() ? 1 : 0) + (report.target().isPresent() ? 1 : 0);
    }
}
