package uk.gov.ddat.capability.bot.profile;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;

import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The gap view as a picture: per skill, what the person said, what their level needs and what
 * their target needs, as horizontal bars on the "not yet" to "expert" scale, rendered to PNG on
 * the server. Horizontal bars keep skill names readable when chat clients shrink the image.
 *
 * <p>Drawn into an off-screen image only, so it needs no display: it works with
 * {@code java.awt.headless=true}, which Spring Boot sets for the application (and the benchmark
 * and tests set for their JVMs). Each call builds its own chart objects: thread-safe.
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

    /** Okabe-Ito: told apart with every common colour-vision deficiency, and in greyscale. */
    private static final Color BLUE = new Color(0x0072B2);
    private static final Color ORANGE = new Color(0xE69F00);
    private static final Color GREEN = new Color(0x009E73);
    private static final Color INK = new Color(0x1A1A1A);
    private static final Color GRID = new Color(0xB0B0B0);

    /** Bars start a little before "not yet", so that answer still shows as a stub rather than nothing. */
    private static final double BASE = -0.35;

    private static final String[] SCALE = Arrays.stream(SelfLevel.values()).map(SelfLevel::title).toArray(String[]::new);

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
        JFreeChart chart = chart(report, rows, size);
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
        return new Attachment(GapWording.fileName(report, "png"), "image/png", png(indexed(image)), altText(report));
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
        return Math.min(4, title(report).length() / perLine);
    }

    private static String title(GapReport report) {
        return "Your skills: " + report.level();
    }

    private static int series(GapReport report) {
        return 1 + (report.assessed() ? 1 : 0) + (report.target().isPresent() ? 1 : 0);
    }

    private static JFreeChart chart(GapReport report, List<GapReport.Row> rows, Size size) {
        String you = "You";
        String now = GapWording.capitalise(GapWording.shortLevel(report)) + " needs";
        String target = GapWording.capitalise(GapWording.shortTarget(report)) + " needs";
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Paint> paints = new ArrayList<>();
        if (report.assessed()) {
            paints.add(BLUE);
        }
        paints.add(stripes(ORANGE));
        report.target().ifPresent(t -> paints.add(tint(GREEN)));
        for (int i = 0; i < rows.size(); i++) {
            GapReport.Row row = rows.get(i);
            SkillKey key = new SkillKey(i, row.skill());
            if (report.assessed()) {
                data.addValue(row.self().map(SelfLevel::rank).orElse(null), you, key);
            }
            data.addValue(rank(row.now()), now, key);
            if (report.target().isPresent()) {
                data.addValue(rank(row.atTarget()), target, key);
            }
        }

        Font labels = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size.font(17)));
        CategoryAxis skills = new CategoryAxis();
        skills.setTickLabelFont(labels);
        skills.setTickLabelPaint(INK);
        skills.setMaximumCategoryLabelLines(3);
        skills.setMaximumCategoryLabelWidthRatio(0.34f);
        skills.setCategoryMargin(0.28);
        skills.setLowerMargin(0.01);
        skills.setUpperMargin(0.01);
        skills.setAxisLineVisible(false);
        skills.setTickMarksVisible(false);

        SymbolAxis scale = scaleAxis(labels);
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setBase(BASE);
        bars.setIncludeBaseInRange(false);
        bars.setItemMargin(0.06);
        bars.setDrawBarOutline(true);
        bars.setDefaultOutlineStroke(new BasicStroke(1.5f));
        int swatch = Math.round(size.font(17));
        bars.setDefaultLegendShape(new Rectangle(-swatch, -swatch / 2, 2 * swatch, swatch));
        for (int i = 0; i < paints.size(); i++) {
            bars.setSeriesPaint(i, paints.get(i));
            bars.setSeriesOutlinePaint(i, i == paints.size() - 1 && report.target().isPresent() ? GREEN.darker() : INK);
            bars.setSeriesOutlineStroke(i, new BasicStroke(1.5f));
        }

        CategoryPlot plot = new CategoryPlot(data, skills, scale, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        if (rows.size() > 6) {
            // Long charts: the scale at the top as well, next to the first rows.
            plot.setRangeAxis(1, scaleAxis(labels));
            plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        }

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setAntiAlias(false); // bars are axis-aligned: crisp edges and few colours keep the PNG small
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8 * size.scale, 10 * size.scale, 8 * size.scale, 18 * size.scale));
        TextTitle title = new TextTitle(title(report),
                new Font(Font.SANS_SERIF, Font.BOLD, Math.round(size.font(22))));
        title.setPaint(INK);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(title);
        chart.addSubtitle(subtitle(report.assessedAt().map(at -> "Self-assessed " + GapWording.date(at))
                .orElse("Not assessed yet: what the level needs"), size));
        if (rows.size() < report.rows().size()) {
            chart.addSubtitle(subtitle("Showing " + rows.size() + " of " + report.rows().size()
                    + " skills; the export has them all", size));
        }
        // After the subtitles: title, date, then the key right above the bars.
        LegendTitle legend = new LegendTitle(plot);
        chart.addSubtitle(legend);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size.font(17))));
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        return chart;
    }

    private static SymbolAxis scaleAxis(Font labels) {
        SymbolAxis axis = new SymbolAxis(null, SCALE);
        axis.setGridBandsVisible(false);
        axis.setRange(BASE, SCALE.length - 1 + 0.25);
        axis.setTickLabelFont(labels);
        axis.setTickLabelPaint(INK);
        axis.setAxisLineVisible(false);
        return axis;
    }

    private static TextTitle subtitle(String text, Size size) {
        TextTitle subtitle = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size.font(17))));
        subtitle.setPaint(INK);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(new RectangleInsets(2, 0, 6, 0));
        return subtitle;
    }

    private static Integer rank(Optional<SkillLevel> level) {
        return level.map(SkillLevel::rank).orElse(null);
    }

    /** Diagonal white stripes: "required now" differs from "you" by pattern as well as colour. */
    private static Paint stripes(Color colour) {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                tile.setRGB(x, y, ((x + y) % 8 < 2 ? Color.WHITE : colour).getRGB());
            }
        }
        return new TexturePaint(tile, new Rectangle(0, 0, 8, 8));
    }

    /** A pale fill with the outline in full colour: the target as something still to fill in. */
    private static Paint tint(Color colour) {
        return new Color((colour.getRed() + 3 * 255) / 4, (colour.getGreen() + 3 * 255) / 4, (colour.getBlue() + 3 * 255) / 4);
    }

    /**
     * The picture with a palette instead of 24-bit colour: a third of the bytes. A chart has few
     * colours; anti-aliased text adds greys, and past 256 colours the rarest take the nearest kept one.
     */
    static BufferedImage indexed(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        // Counted a run of equal pixels at a time: most of a chart is runs of one colour.
        Map<Integer, int[]> counts = new HashMap<>();
        for (int start = 0, end; start < pixels.length; start = end) {
            end = start + 1;
            while (end < pixels.length && pixels[end] == pixels[start]) {
                end++;
            }
            counts.computeIfAbsent(pixels[start] & 0xFFFFFF, k -> new int[1])[0] += end - start;
        }
        List<Integer> colours = new ArrayList<>(counts.keySet());
        colours.sort(Comparator.comparingInt((Integer c) -> -counts.get(c)[0]).thenComparingInt(c -> c));
        List<Integer> palette = colours.subList(0, Math.min(256, colours.size()));
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < palette.size(); i++) {
            index.put(palette.get(i), i);
        }
        for (Integer colour : colours.subList(palette.size(), colours.size())) {
            index.put(colour, nearest(colour, palette));
        }
        byte[] r = new byte[palette.size()];
        byte[] g = new byte[palette.size()];
        byte[] b = new byte[palette.size()];
        for (int i = 0; i < palette.size(); i++) {
            r[i] = (byte) (palette.get(i) >> 16);
            g[i] = (byte) (palette.get(i) >> 8);
            b[i] = (byte) (int) palette.get(i);
        }
        IndexColorModel model = new IndexColorModel(8, palette.size(), r, g, b);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int last = -1;
        byte lastIndex = 0;
        for (int i = 0; i < pixels.length; i++) {
            int pixel = pixels[i] & 0xFFFFFF;
            if (pixel != last) {
                last = pixel;
                lastIndex = (byte) (int) index.get(pixel);
            }
            target[i] = lastIndex;
        }
        return out;
    }

    private static int nearest(int colour, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int other = palette.get(i);
            long dr = ((colour >> 16) & 0xFF) - ((other >> 16) & 0xFF);
            long dg = ((colour >> 8) & 0xFF) - ((other >> 8) & 0xFF);
            long db = (colour & 0xFF) - (other & 0xFF);
            long distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** A drawn picture as a small PNG (palette, default deflate): for the other charts the bot draws. */
    public static byte[] compactPng(BufferedImage image) {
        return png(indexed(image));
    }

    /**
     * PNG at the writer's default deflate level: the strongest saves a tenth of the bytes and
     * costs four times the time.
     */
    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // In memory: ImageIO.write(image, "png", stream) would go through a temporary file.
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG to memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** A category per row, even if two skills share a name; shown by name. */
    private record SkillKey(int index, String name) implements Comparable<SkillKey> {

        @Override
        public int compareTo(SkillKey other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
