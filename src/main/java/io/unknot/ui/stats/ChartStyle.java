package io.unknot.ui.stats;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;

import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Font;

/**
 * Dresses a chart in the current look's colours and font, so charts sit right in FlatLaf light and dark alike.
 * Applied when a chart is built and again whenever the look and feel changes.
 */
final class ChartStyle {

    /**
     * One palette for every chart, from the theme ({@code Unknot.chart.*} in FlatLightLaf/FlatDarkLaf.properties):
     * sitting at the desk and the single-series charts in the accent colour, driving in a calm blue beside it,
     * the daily limit in amber; each colour has a light and a dark variant with at least 3:1 against the
     * background.
     */
    enum Palette {
        DESK("Unknot.chart.desk"),
        DRIVING("Unknot.chart.driving"),
        SHARE("Unknot.chart.desk"),
        LONGEST("Unknot.chart.desk"),
        LIMIT("Unknot.chart.limit");

        private final String key;

        Palette(String key) {
            this.key = key;
        }

        Color color() {
            Color c = UIManager.getColor(key);
            return c != null ? c : UIManager.getColor("Component.accentColor");
        }
    }

    private ChartStyle() {
    }

    static void apply(JFreeChart chart, Palette... series) {
        Color background = color("Panel.background", Color.WHITE);
        Color foreground = color("Label.foreground", Color.BLACK);
        Color grid = color("Separator.foreground", Color.LIGHT_GRAY);
        Font font = UIManager.getFont("Label.font");
        if (font == null) {
            font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
        StandardChartTheme theme = new StandardChartTheme("unknot");
        theme.setExtraLargeFont(font.deriveFont(Font.BOLD, font.getSize2D() + 1f));
        theme.setLargeFont(font);
        theme.setRegularFont(font);
        theme.setSmallFont(font.deriveFont(font.getSize2D() - 1f));
        theme.setChartBackgroundPaint(background);
        theme.setPlotBackgroundPaint(background);
        theme.setPlotOutlinePaint(grid);
        theme.setLegendBackgroundPaint(background);
        theme.setLegendItemPaint(foreground);
        theme.setTitlePaint(foreground);
        theme.setSubtitlePaint(foreground);
        theme.setAxisLabelPaint(foreground);
        theme.setTickLabelPaint(foreground);
        theme.setItemLabelPaint(foreground);
        theme.setDomainGridlinePaint(grid);
        theme.setRangeGridlinePaint(grid);
        theme.setBaselinePaint(grid);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);

        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.getDomainAxis().setAxisLinePaint(grid);
        plot.getDomainAxis().setTickMarkPaint(grid);
        plot.getRangeAxis().setAxisLinePaint(grid);
        plot.getRangeAxis().setTickMarkPaint(grid);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        for (int i = 0; i < series.length; i++) {
            renderer.setSeriesPaint(i, series[i].color());
        }
    }

    /** The chart's small font (axis ticks, the limit's label). */
    static Font smallFont() {
        Font font = UIManager.getFont("Label.font");
        return font == null ? new Font(Font.SANS_SERIF, Font.PLAIN, 11) : font.deriveFont(font.getSize2D() - 1f);
    }

    private static Color color(String key, Color fallback) {
        Color c = UIManager.getColor(key);
        return c != null ? c : fallback;
    }
}
