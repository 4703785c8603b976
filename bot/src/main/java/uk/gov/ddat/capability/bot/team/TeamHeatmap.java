package uk.gov.ddat.capability.bot.team;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.StringJoiner;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import uk.gov.ddat.capability.bot.profile.Attachment;
import uk.gov.ddat.capability.bot.profile.ChartPalette;
import uk.gov.ddat.capability.bot.profile.PngImages;

/**
 * The team view as a heatmap: a row per person, a column per skill, each cell coloured and marked
 * by where the person stands on that skill against their own role level (below, at, above, not
 * assessed; blank where their level does not need it). Colours are from the Okabe-Ito palette,
 * and each cell also carries a sign, so nothing depends on telling colours apart. Drawn with
 * JFreeChart off-screen like the gap chart; thread-safe (each call builds its own objects).
 */
public class TeamHeatmap {

    public static final String FILE_NAME = "team-skills.png";
    /** Drawn at most; the alt text and the export keep everyone. */
    /** The longest alt text, in characters. */
    static final int MAX_ALT_TEXT = 3000;
    static final int MAX_PEOPLE = 60;
    static final int MAX_SKILLS = 40;

    private static final Color BELOW = ChartPalette.ORANGE;
    /** Okabe-Ito's sky blue: lighter than "above", so the two differ in greyscale too. */
    private static final Color AT = new Color(0x56B4E9);
    private static final Color ABOVE = ChartPalette.BLUE;
    private static final Color NOT_ASSESSED = new Color(0xDDDDDD);
    private static final Color INK = ChartPalette.INK;
    private static final String[] SIGNS = {"−", "=", "+", "?"};
    private static final double NOT_NEEDED = -1;
    private static final int CELL_WIDTH = 30;
    private static final int CELL_HEIGHT = 22;
    private static final Font LABELS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);

    /** The heatmap as a PNG; its description is the alt text, with the same facts in words. */
    public Attachment render(TeamReport report) {
        List<TeamReport.Person> people = report.people().subList(0, Math.min(MAX_PEOPLE, report.people().size()));
        List<TeamReport.SkillCount> skills = report.skills().subList(0, Math.min(MAX_SKILLS, report.skills().size()));
        int width = Math.max(700, 260 + Math.max(1, skills.size()) * CELL_WIDTH);
        int height = 330 + Math.max(1, people.size()) * CELL_HEIGHT;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            chart(report, people, skills).draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return new Attachment(FILE_NAME, "image/png", PngImages.compactPng(image), altText(report));
    }

    /**
     * Counts per skill first (the point of the picture), then where each person stands, as many as
     * fit in {@link #MAX_ALT_TEXT} characters: the alt text travels inside the Teams card, which
     * Teams refuses past about 28 KB.
     */
    public String altText(TeamReport report) {
        StringBuilder text = new StringBuilder("Team skills heatmap of ").append(report.people().size())
                .append(report.people().size() == 1 ? " person" : " people")
                .append(" against what each one's role level needs");
        StringJoiner skills = new StringJoiner("; ", ". Per skill: ", ".");
        report.skills().forEach(s -> skills.add(s.skill() + ": " + s.summary()));
        if (!report.skills().isEmpty()) {
            text.append(skills);
        } else {
            text.append('.');
        }
        int described = 0;
        for (TeamReport.Person person : report.people()) {
            String line = TeamView.line(person, at -> at.toString().substring(0, 10));
            if (text.length() + line.length() + 2 > MAX_ALT_TEXT) {
                break;
            }
            text.append(' ').append(line).append('.');
            described++;
        }
        if (described < report.people().size()) {
            text.append(" And ").append(report.people().size() - described)
                    .append(" more people: the team export has everyone.");
        }
        if (report.people().size() > MAX_PEOPLE || report.skills().size() > MAX_SKILLS) {
            text.append(" The picture shows the first ").append(Math.min(MAX_PEOPLE, report.people().size()))
                    .append(" people and ").append(Math.min(MAX_SKILLS, report.skills().size()))
                    .append(" skills; the export has them all.");
        }
        return text.toString();
    }

    private static JFreeChart chart(TeamReport report, List<TeamReport.Person> people,
                                    List<TeamReport.SkillCount> skills) {
        int cells = people.size() * skills.size();
        double[][] data = new double[3][cells];
        XYPlot plot = new XYPlot();
        int i = 0;
        for (int y = 0; y < people.size(); y++) {
            for (int x = 0; x < skills.size(); x++, i++) {
                TeamReport.Standing standing = people.get(y).standings().get(skills.get(x).skill());
                data[0][i] = x;
                data[1][i] = y;
                data[2][i] = standing == null ? NOT_NEEDED : standing.ordinal();
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("team", data);
        LookupPaintScale scale = new LookupPaintScale(NOT_NEEDED, 4, Color.WHITE);
        scale.add(0, BELOW);
        scale.add(1, AT);
        scale.add(2, ABOVE);
        scale.add(3, NOT_ASSESSED);
        XYBlockRenderer renderer = new SignedBlocks();
        renderer.setPaintScale(scale);

        SymbolAxis skillAxis = axis(skills.stream().map(s -> shortened(s.skill(), 32)).toArray(String[]::new));
        skillAxis.setVerticalTickLabels(true);
        SymbolAxis peopleAxis = axis(people.stream().map(p -> shortened(p.name(), 28)).toArray(String[]::new));
        peopleAxis.setInverted(true);
        plot.setDataset(dataset);
        plot.setRenderer(renderer);
        plot.setDomainAxis(skillAxis);
        plot.setRangeAxis(peopleAxis);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlinePaint(INK);
        plot.setFixedLegendItems(legend());

        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 10, 8, 18));
        TextTitle title = new TextTitle("Your team's skills against their role levels",
                new Font(Font.SANS_SERIF, Font.BOLD, 20));
        title.setPaint(INK);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.setTitle(title);
        TextTitle subtitle = new TextTitle(report.people().size() + (report.people().size() == 1 ? " person" : " people")
                + " sharing, from each one's latest self-assessment", LABELS);
        subtitle.setPaint(INK);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(subtitle);
        LegendTitle key = new LegendTitle(plot);
        key.setItemFont(LABELS);
        key.setItemPaint(INK);
        key.setFrame(BlockBorder.NONE);
        key.setPosition(RectangleEdge.TOP);
        key.setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.addSubtitle(key);
        return chart;
    }

    /**
     * Each cell with its sign drawn in its middle: as cheap as the block itself (text annotations,
     * one object and layout per cell, took most of the time of a 50-person team).
     */
    private static final class SignedBlocks extends XYBlockRenderer {

        @Override
        public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                             XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                             int item, CrosshairState crosshairState, int pass) {
            super.drawItem(g2, state, dataArea, info, plot, domainAxis, rangeAxis, dataset, series, item,
                    crosshairState, pass);
            int standing = (int) ((XYZDataset) dataset).getZValue(series, item);
            if (standing < 0) {
                return;
            }
            double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
            double y = rangeAxis.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
            g2.setFont(LABELS);
            g2.setPaint(standing == TeamReport.Standing.ABOVE.ordinal() ? Color.WHITE : INK);
            FontMetrics metrics = g2.getFontMetrics();
            String sign = SIGNS[standing];
            g2.drawString(sign, (float) (x - metrics.stringWidth(sign) / 2.0),
                    (float) (y + (metrics.getAscent() - metrics.getDescent()) / 2.0));
        }
    }

    private static LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        Color[] colours = {BELOW, AT, ABOVE, NOT_ASSESSED};
        for (TeamReport.Standing standing : TeamReport.Standing.values()) {
            items.add(item(SIGNS[standing.ordinal()] + " " + standing.label(), colours[standing.ordinal()]));
        }
        items.add(item("blank: not needed at their level", Color.WHITE));
        return items;
    }

    /** A swatch with an outline, so the white "not needed" one shows too. */
    private static LegendItem item(String label, Color colour) {
        Rectangle swatch = new Rectangle(-8, -6, 16, 12);
        return new LegendItem(label, null, null, null, true, swatch, true, colour, true, INK, new BasicStroke(1f),
                false, swatch, new BasicStroke(1f), INK);
    }

    private static SymbolAxis axis(String[] labels) {
        SymbolAxis axis = new SymbolAxis(null, labels.length == 0 ? new String[] {""} : labels);
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(LABELS);
        axis.setTickLabelPaint(INK);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setRange(-0.5, Math.max(1, labels.length) - 0.5);
        return axis;
    }

    private static String shortened(String text, int most) {
        return text.length() <= most ? text : text.substring(0, most - 1) + "…";
    }
}
