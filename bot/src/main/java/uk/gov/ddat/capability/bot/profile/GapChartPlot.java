package uk.gov.ddat.capability.bot.profile;

import static uk.gov.ddat.capability.bot.profile.ChartPalette.BLUE;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.GREEN;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.GRID;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.INK;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.ORANGE;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.stripes;
import static uk.gov.ddat.capability.bot.profile.ChartPalette.tint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

import uk.gov.ddat.capability.bot.profile.GapChart.Size;
import uk.gov.ddat.capability.framework.SkillLevel;

/**
 * The JFreeChart objects of the gap chart: the bars per skill, the scale axis, the title, date
 * and key. {@link GapChart} sizes and draws what this builds; a new chart per call.
 */
final class GapChartPlot {

    /** Bars start a little before "not yet", so that answer still shows as a stub rather than nothing. */
    private static final double BASE = -0.35;

    private static final String[] SCALE = Arrays.stream(SelfLevel.values()).map(SelfLevel::title).toArray(String[]::new);

    private GapChartPlot() {
    }

    static String title(GapReport report) {
        return "Your skills: " + report.level();
    }

    static JFreeChart chart(GapReport report, List<GapReport.Row> rows, Size size) {
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
