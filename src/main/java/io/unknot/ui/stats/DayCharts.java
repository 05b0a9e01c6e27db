package io.unknot.ui.stats;

import com.formdev.flatlaf.util.UIScale;
import io.unknot.history.DayFigures;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

import javax.swing.JComponent;
import java.awt.BasicStroke;
import javax.swing.JPanel;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The three charts of one period (7 or 30 days): sitting per day stacked as desk and driving, the share of breaks
 * done, and the longest stretch without a break. Their datasets are updated in place when figures arrive.
 */
final class DayCharts {

    static final String DESK = "desk";
    static final String DRIVING = "driving";
    static final String SHARE = "share";
    static final String LONGEST = "longest";

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final double SECONDS_PER_MINUTE = 60.0;
    /** More days than this do not fit side by side under the half-width charts. */
    private static final int DENSE = 14;
    private static final int SMALL = 160;
    private static final int LARGE = 4000;

    private final Messages texts;
    private final String period;
    private final boolean dense;
    private final DateTimeFormatter dayLabel;
    private final DateTimeFormatter dayName;
    private final ChartKeys.Series desk;
    private final ChartKeys.Series driving;
    private final ChartKeys.Series share;
    private final ChartKeys.Series longest;
    private final DefaultCategoryDataset sittingData = new DefaultCategoryDataset();
    private final DefaultCategoryDataset shareData = new DefaultCategoryDataset();
    private final DefaultCategoryDataset longestData = new DefaultCategoryDataset();
    private final ChartPanel sittingPanel;
    private final ChartPanel sharePanel;
    private final ChartPanel longestPanel;
    private final JPanel component = new JPanel(new GridBagLayout());
    private Duration dailyLimit;

    /**
     * @param name       names the panels for tests and tools ("week", "month")
     * @param period     the tab's title, for accessible names
     * @param dayPattern how a day is labelled on the axis
     * @param days       how many days it shows; with many, the narrow charts turn their day labels upright
     */
    DayCharts(Language language, String name, String period, String dayPattern, int days) {
        this.texts = language.messages("stats");
        this.period = period;
        this.dense = days > DENSE;
        this.dayLabel = DateTimeFormatter.ofPattern(dayPattern, texts.locale());
        this.dayName = DateTimeFormatter.ofPattern(texts.text("chart.day.full"), texts.locale());
        desk = new ChartKeys.Series(DESK, texts.text("chart.desk"));
        driving = new ChartKeys.Series(DRIVING, texts.text("chart.driving"));
        share = new ChartKeys.Series(SHARE, texts.text("chart.share.series"));
        longest = new ChartKeys.Series(LONGEST, texts.text("chart.longest.series"));

        sittingPanel = panel(name + ".sitting", ChartFactory.createStackedBarChart(texts.text("chart.sitting.title"),
                null, texts.text("chart.sitting.axis"), sittingData, PlotOrientation.VERTICAL, true, true, false));
        sharePanel = panel(name + ".share", ChartFactory.createBarChart(texts.text("chart.share.title"), null,
                texts.text("chart.share.axis"), shareData, PlotOrientation.VERTICAL, false, true, false));
        longestPanel = panel(name + ".longest", ChartFactory.createBarChart(texts.text("chart.longest.title"), null,
                texts.text("chart.longest.axis"), longestData, PlotOrientation.VERTICAL, false, true, false));
        restyle();

        component.setName(name);
        component.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.fill = GridBagConstraints.BOTH;
        c.weightx = 1;
        c.weighty = 1;
        c.gridwidth = 2;
        component.add(sittingPanel, c);
        c.gridy = 1;
        c.gridwidth = 1;
        component.add(sharePanel, c);
        c.gridx = 1;
        component.add(longestPanel, c);
    }

    JComponent component() {
        return component;
    }

    /** Shows the figures, oldest day first, with the daily sitting limit as a line on the sitting chart. */
    void show(List<DayFigures> days, Duration dailyLimit) {
        this.dailyLimit = dailyLimit;
        markLimit();
        sittingData.clear();
        shareData.clear();
        longestData.clear();
        for (DayFigures day : days) {
            ChartKeys.Day key = new ChartKeys.Day(day.date(), dayLabel.format(day.date()));
            sittingData.addValue(hours(day.desk()), desk, key);
            sittingData.addValue(hours(day.driving()), driving, key);
            shareData.addValue(day.shareDone().isPresent() ? day.shareDone().getAsDouble() * 100 : null, share, key);
            longestData.addValue(day.longestStretch().toSeconds() / SECONDS_PER_MINUTE, longest, key);
        }
        describe(sittingPanel, days, d -> texts.text("chart.describe.sitting", dayName.format(d.date()),
                DurationText.of(texts, d.desk()), DurationText.of(texts, d.driving())));
        describe(sharePanel, days, d -> d.shareDone().isPresent()
                ? texts.text("chart.describe.share", dayName.format(d.date()),
                Math.round(d.shareDone().getAsDouble() * 100))
                : texts.text("chart.describe.shareNone", dayName.format(d.date())));
        describe(longestPanel, days, d -> texts.text("chart.describe.longest", dayName.format(d.date()),
                DurationText.of(texts, d.longestStretch())));
    }

    /** Takes the colours and font of the look now installed. */
    void restyle() {
        ChartStyle.apply(sittingPanel.getChart(), ChartStyle.Palette.DESK, ChartStyle.Palette.DRIVING);
        ChartStyle.apply(sharePanel.getChart(), ChartStyle.Palette.SHARE);
        ChartStyle.apply(longestPanel.getChart(), ChartStyle.Palette.LONGEST);
        markLimit();
        sharePanel.getChart().getCategoryPlot().getRangeAxis().setRange(0, 100);
        for (ChartPanel p : List.of(sittingPanel, sharePanel, longestPanel)) {
            CategoryAxis axis = p.getChart().getCategoryPlot().getDomainAxis();
            axis.setCategoryMargin(0.25);
            axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
            // A label never takes more than its own day's width, so neighbours cannot run together ("Sun 29Mon 30");
            // where "Sun 29" does not fit on one line it wraps to two.
            axis.setMaximumCategoryLabelLines(2);
            axis.setMaximumCategoryLabelWidthRatio(1.0f);
        }
        if (dense) {
            for (ChartPanel p : List.of(sharePanel, longestPanel)) {
                p.getChart().getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
            }
        }
    }

    /** The daily limit as a labelled line across the sitting chart, in the palette's limit colour. */
    private void markLimit() {
        CategoryPlot plot = sittingPanel.getChart().getCategoryPlot();
        plot.clearRangeMarkers();
        if (dailyLimit == null) {
            return;
        }
        ValueMarker marker = new ValueMarker(hours(dailyLimit));
        marker.setPaint(ChartStyle.Palette.LIMIT.color());
        marker.setStroke(new BasicStroke(UIScale.scale(1.5f), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[]{UIScale.scale(6f), UIScale.scale(4f)}, 0f));
        marker.setLabel(texts.text("chart.limit"));
        marker.setLabelPaint(ChartStyle.Palette.LIMIT.color());
        marker.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        marker.setLabelFont(ChartStyle.smallFont());
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(marker);
        // Keep the line in view even on days far below it.
        plot.getRangeAxis().setLowerMargin(0);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        double top = Math.max(hours(dailyLimit) * 1.15, plot.getRangeAxis().getUpperBound());
        if (plot.getRangeAxis().getUpperBound() < hours(dailyLimit) * 1.1) {
            plot.getRangeAxis().setUpperBound(top);
        }
    }

    private ChartPanel panel(String name, JFreeChart chart) {
        // No zoom or context menu: the charts are for reading, and JFreeChart's menu is not in our languages.
        ChartPanel panel = new ChartPanel(chart, false, false, false, false, true);
        panel.setName(name);
        panel.setMouseWheelEnabled(false);
        panel.setDomainZoomable(false);
        panel.setRangeZoomable(false);
        // Draw at the real size (no bitmap scaling of text), whatever size the window has.
        panel.setMinimumDrawWidth(SMALL);
        panel.setMinimumDrawHeight(SMALL);
        panel.setMaximumDrawWidth(LARGE);
        panel.setMaximumDrawHeight(LARGE);
        panel.setPreferredSize(new java.awt.Dimension(UIScale.scale(420), UIScale.scale(230)));
        panel.getAccessibleContext().setAccessibleName(chart.getTitle().getText() + " \u2013 " + period);
        return panel;
    }

    private static void describe(ChartPanel panel, List<DayFigures> days,
                                 java.util.function.Function<DayFigures, String> line) {
        panel.getAccessibleContext().setAccessibleDescription(
                days.stream().map(line).collect(Collectors.joining("; ")));
    }

    private static double hours(Duration d) {
        return d.toSeconds() / SECONDS_PER_HOUR;
    }
}
