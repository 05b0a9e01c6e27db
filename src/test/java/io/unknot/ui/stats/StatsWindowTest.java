package io.unknot.ui.stats;

import io.unknot.i18n.Language;
import io.unknot.settings.Theme;
import io.unknot.ui.theme.Appearance;
import com.formdev.flatlaf.FlatLaf;
import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.core.FakeTime;
import io.unknot.history.CsvExport;
import io.unknot.history.HistoryRecord;
import io.unknot.history.HistoryStore;
import io.unknot.history.PastDrives;
import io.unknot.history.StoreFigures;
import io.unknot.history.RecordType;
import org.jfree.chart.ChartPanel;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static io.unknot.testing.Eventually.eventuallyGet;
import static io.unknot.ui.SwingTesting.disposeAllWindows;
import static io.unknot.ui.SwingTesting.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

/** The statistics window on a real display (Xvfb in CI) over a real store in a temporary folder. */
class StatsWindowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate TODAY = LocalDate.parse("2025-06-20");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private final FakeTime time = FakeTime.at("2025-06-20T18:00", "Europe/Berlin");
    private HistoryStore store;
    private StatsWindow window;

    @BeforeAll
    static void needsDisplay() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            fail("GUI tests need a display: run them with DISPLAY set (bash scripts/test starts Xvfb)");
        }
        EventQueue.invokeAndWait(() -> new Appearance().apply(Theme.LIGHT));
    }

    @BeforeEach
    void seed() throws IOException {
        store = HistoryStore.open(dir.resolve("data"), time);
        // Today: 2 h 30 min at the desk, 40 min driving, one stretch done, one skipped, one postponed.
        desk(TODAY, "08:00", 150);
        driving(TODAY, "16:00", 40);
        breakEvent(RecordType.BREAK_DONE, TODAY, "09:30", BreakKind.STRETCH, "neck-roll");
        breakEvent(RecordType.BREAK_POSTPONED, TODAY, "10:00", BreakKind.STRETCH, null);
        breakEvent(RecordType.BREAK_SKIPPED, TODAY, "10:10", BreakKind.STRETCH, null);
        // Three days ago: 5 hours at the desk in one go, every break done.
        desk(TODAY.minusDays(3), "09:00", 300);
        breakEvent(RecordType.BREAK_DONE, TODAY.minusDays(3), "14:00", BreakKind.MOVEMENT, "walk");
        // Twenty days ago: only in the 30-day charts.
        desk(TODAY.minusDays(20), "09:00", 90);
    }

    @AfterEach
    void close() throws Exception {
        disposeAllWindows();
        store.close();
    }

    @Test
    void theChartsAndTodayShowTheSeededHistory() throws Exception {
        openWindow();

        CategoryDataset weekSitting = dataset("week.sitting");
        assertThat(weekSitting.getColumnCount()).isEqualTo(7);
        assertThat(day(weekSitting, 6)).isEqualTo(TODAY);
        assertThat(value(weekSitting, DayCharts.DESK, TODAY)).isEqualTo(2.5);
        assertThat(value(weekSitting, DayCharts.DRIVING, TODAY)).isCloseTo(40 / 60.0, within(1e-9));
        assertThat(value(weekSitting, DayCharts.DESK, TODAY.minusDays(3))).isEqualTo(5.0);
        assertThat(value(weekSitting, DayCharts.DESK, TODAY.minusDays(1))).isEqualTo(0.0);

        CategoryDataset weekShare = dataset("week.share");
        assertThat(value(weekShare, DayCharts.SHARE, TODAY)).isEqualTo(50.0);
        assertThat(value(weekShare, DayCharts.SHARE, TODAY.minusDays(3))).isEqualTo(100.0);
        assertThat(weekShare.getValue(0, 0)).as("no break ended that day: no bar").isNull();

        CategoryDataset weekLongest = dataset("week.longest");
        assertThat(value(weekLongest, DayCharts.LONGEST, TODAY.minusDays(3))).isEqualTo(300.0);
        // Today: 08:00-09:30, stretch done, 09:30-10:30 (60 min); the drive at 16:00 is far apart.
        assertThat(value(weekLongest, DayCharts.LONGEST, TODAY)).isEqualTo(90.0);

        CategoryDataset monthSitting = dataset("month.sitting");
        assertThat(monthSitting.getColumnCount()).isEqualTo(30);
        assertThat(value(monthSitting, DayCharts.DESK, TODAY.minusDays(20))).isEqualTo(1.5);

        assertThat(label("today.desk")).isEqualTo("2 h 30 min");
        assertThat(label("today.driving")).isEqualTo("40 min");
        assertThat(label("today.longest")).isEqualTo("1 h 30 min");
        assertThat(label("today.done")).isEqualTo("1");
        assertThat(label("today.postponed")).isEqualTo("1");
        assertThat(label("today.skipped")).isEqualTo("1");
        assertThat(label("today.natural")).isEqualTo("0");
        assertThat(label("today.limit")).endsWith(">of 8 h daily limit</body></html>");
        assertThat(onEdt(() -> find(window.frame(), JLabel.class, "today.done").getToolTipText()))
                .startsWith("Suggestions done today: ");

        ChartPanel sitting = onEdt(() -> find(window.frame(), ChartPanel.class, "week.sitting"));
        assertThat(sitting.getAccessibleContext().getAccessibleName()).isEqualTo("Sitting per day \u2013 Last 7 days");
        assertThat(sitting.getAccessibleContext().getAccessibleDescription())
                .contains("Friday, 20 June: desk 2 h 30 min, driving 40 min");
        assertThat(sitting.isShowing()).isTrue();
    }

    @Test
    void csvExportWritesOneRowPerEventAndOneRowPerDay() throws Exception {
        openWindow();
        Path events = dir.resolve("events.csv");
        Path days = dir.resolve("days.csv");

        window.export(StatsWindow.Export.EVENTS, events).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        window.export(StatsWindow.Export.DAYS, days).get(WAIT.toSeconds(), TimeUnit.SECONDS);

        List<String> eventLines = Files.readAllLines(events, StandardCharsets.UTF_8);
        assertThat(eventLines.get(0)).isEqualTo(String.join(",", CsvExport.EVENT_COLUMNS));
        assertThat(eventLines).hasSize(1 + 150 + 40 + 3 + 300 + 1 + 90);
        assertThat(eventLines).contains(
                "191,2025-06-20T09:30:00+02:00,2025-06-20,break_done,stretch,,0,neck-roll,",
                "190,2025-06-20T16:39:00+02:00,2025-06-20,sitting,,driving,60,,");
        List<String> dayLines = Files.readAllLines(days, StandardCharsets.UTF_8);
        assertThat(dayLines.get(0)).isEqualTo(String.join(",", CsvExport.DAY_COLUMNS));
        assertThat(dayLines).hasSize(1 + 21)
                .contains("2025-05-31,90.0,0.0,90.0,90.0,0,0,0,0,,0",
                        "2025-06-17,300.0,0.0,300.0,300.0,1,0,0,0,100,1",
                        "2025-06-20,150.0,40.0,190.0,90.0,1,1,1,0,50,1");
        assertThat(label("status")).isEqualTo("Exported to " + days);
    }

    @Test
    void theExportButtonOpensAFileChooser() throws Exception {
        openWindow();
        EventQueue.invokeLater(() -> find(window.frame(), AbstractButton.class, "exportDays").doClick());

        JDialog chooserDialog = waitFor(() -> showingDialogWith(JFileChooser.class));
        JFileChooser chooser = onEdt(() -> find(chooserDialog, JFileChooser.class, null));
        assertThat(chooser.getDialogTitle()).isEqualTo("Export daily totals as CSV");
        assertThat(chooser.getSelectedFile().getName()).isEqualTo("unknot-days.csv");
        EventQueue.invokeAndWait(chooser::cancelSelection);
        waitFor(() -> chooserDialog.isShowing() ? null : Boolean.TRUE);
    }

    @Test
    void aPastDriveIsValidatedInPlaceAndThenCountsIntoItsDay() throws Exception {
        openWindow();
        EventQueue.invokeLater(() -> find(window.frame(), AbstractButton.class, "logDrive").doClick());
        JDialog dialog = waitFor(() -> showingDialogNamed(PastDriveDialog.NAME));

        EventQueue.invokeAndWait(() -> {
            find(dialog, JTextField.class, "drive.date").setText("2025-06-31");
            find(dialog, JTextField.class, "drive.length").setText("25:00");
            find(dialog, AbstractButton.class, "drive.ok").doClick();
        });
        assertThat(onEdt(() -> find(dialog, JLabel.class, "drive.date.error").isShowing())).isTrue();
        assertThat(onEdt(() -> find(dialog, JLabel.class, "drive.date.error").getText()))
                .isEqualTo("Enter a date like 2025-06-20.");
        assertThat(onEdt(() -> find(dialog, JLabel.class, "drive.length.error").getText()))
                .isEqualTo("Enter a length from 0:01 to 24:00, like 1:30.");
        assertThat(onEdt(() -> find(dialog, JLabel.class, "drive.time.error").isShowing())).isFalse();

        // Overlapping the desk time recorded on the 17th is refused, with the recorded span named.
        EventQueue.invokeAndWait(() -> {
            find(dialog, JTextField.class, "drive.date").setText("2025-06-17");
            find(dialog, JTextField.class, "drive.time").setText("13:30");
            find(dialog, JTextField.class, "drive.length").setText("1:00");
            find(dialog, AbstractButton.class, "drive.ok").doClick();
        });
        String overlap = waitFor(() -> {
            JLabel error = find(dialog, JLabel.class, "drive.error");
            return error.isShowing() ? error.getText() : null;
        });
        assertThat(overlap).isEqualTo(
                "Unknot already recorded sitting from 13:30 to 14:00; a logged drive cannot overlap it.");

        EventQueue.invokeAndWait(() -> {
            find(dialog, JTextField.class, "drive.date").setText("2025-06-19");
            find(dialog, JTextField.class, "drive.time").setText("7:45");
            find(dialog, JTextField.class, "drive.length").setText("1:15");
            find(dialog, AbstractButton.class, "drive.ok").doClick();
        });
        waitFor(() -> dialog.isDisplayable() ? null : Boolean.TRUE);
        window.refresh().get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(value(dataset("week.sitting"), DayCharts.DRIVING, TODAY.minusDays(1))).isEqualTo(1.25);
        assertThat(store.readAll()).filteredOn(r -> r.type() == RecordType.PAST_DRIVE).singleElement().satisfies(r -> {
            assertThat(r.length()).isEqualTo(Duration.ofMinutes(75));
            assertThat(r.at()).isEqualTo(LocalDateTime.parse("2025-06-19T07:45").atZone(BERLIN).toInstant());
        });
    }

    @Test
    void chartsTakeTheColoursOfTheLookWhenItSwitchesToDark() throws Exception {
        openWindow();
        try {
            switchTo(Theme.DARK);
            EventQueue.invokeAndWait(() -> { }); // the charts restyle in a task queued by the switch
            ChartPanel share = onEdt(() -> find(window.frame(), ChartPanel.class, "month.share"));
            Color dark = onEdt(() -> UIManager.getColor("Panel.background"));
            assertThat(onEdt(() -> share.getChart().getBackgroundPaint())).isEqualTo(dark);
            assertThat(onEdt(() -> share.getChart().getTitle().getPaint()))
                    .isEqualTo(onEdt(() -> UIManager.getColor("Label.foreground")));
            assertThat(dark.getRed() + dark.getGreen() + dark.getBlue()).isLessThan(3 * 128);
        } finally {
            switchTo(Theme.LIGHT);
        }
    }

    @Test
    void theSittingChartDrawsTheDailyLimit() throws Exception {
        openWindow();
        for (String chart : List.of("week.sitting", "month.sitting")) {
            List<?> markers = onEdt(() -> new java.util.ArrayList<>(find(window.frame(), ChartPanel.class, chart)
                    .getChart().getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)));
            assertThat(markers).singleElement().satisfies(m -> {
                org.jfree.chart.plot.ValueMarker marker = (org.jfree.chart.plot.ValueMarker) m;
                assertThat(marker.getValue()).isEqualTo(8.0);
                assertThat(marker.getLabel()).isEqualTo("Daily limit");
            });
        }
    }

    @Test
    void dayLabelsUnderTheSmallChartsNeverRunTogether() throws Exception {
        openWindow();
        for (String chart : List.of("week.share", "week.longest")) {
            List<String> touching = onEdt(() -> {
                ChartPanel panel = find(window.frame(), ChartPanel.class, chart);
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(panel.getWidth(),
                        panel.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
                org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
                java.awt.Graphics2D g = image.createGraphics();
                panel.getChart().draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, panel.getWidth(),
                        panel.getHeight()), info);
                g.dispose();
                java.awt.geom.Rectangle2D data = info.getPlotInfo().getDataArea();
                org.jfree.chart.axis.CategoryAxis axis = panel.getChart().getCategoryPlot().getDomainAxis();
                int days = panel.getChart().getCategoryPlot().getDataset().getColumnCount();
                int background = image.getRGB(1, image.getHeight() - 2);
                int top = (int) data.getMaxY() + 4;
                List<String> found = new java.util.ArrayList<>();
                for (int i = 0; i + 1 < days; i++) {
                    // Between two days' bars: the label band there must hold a clear column.
                    int from = (int) axis.getCategoryEnd(i, days, data, org.jfree.chart.ui.RectangleEdge.BOTTOM);
                    int to = (int) axis.getCategoryStart(i + 1, days, data, org.jfree.chart.ui.RectangleEdge.BOTTOM);
                    boolean clear = false;
                    for (int x = from - 2; x <= to + 2 && !clear; x++) {
                        boolean inkFree = true;
                        for (int y = top; y < image.getHeight() - 1 && inkFree; y++) {
                            inkFree = image.getRGB(x, y) == background;
                        }
                        clear = inkFree;
                    }
                    if (!clear) {
                        found.add(chart + ": labels " + i + " and " + (i + 1) + " touch");
                    }
                }
                return found;
            });
            assertThat(touching).isEmpty();
        }
    }

    @Test
    void todaysCardsReadWellAndThePaletteShowsInLightAndDark() throws Exception {
        openWindow();
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            switchTo(theme);
            io.unknot.ui.SwingTesting.settle(java.time.Duration.ofMillis(800)); // FlatLaf's animated switch ends
            List<String> problems = onEdt(() -> {
                javax.swing.JComponent root = window.frame().getRootPane();
                root.validate();
                io.unknot.ui.Rendered page = io.unknot.ui.Rendered.paint(root);
                List<String> found = new java.util.ArrayList<>();
                for (JLabel label : io.unknot.ui.SwingTesting.all(find(window.frame(), javax.swing.JPanel.class, "today"), JLabel.class)) {
                    double contrast = page.contrast(page.bounds(label));
                    if (label.isShowing() && contrast < 4.5) {
                        found.add(theme + " " + label.getText() + String.format(" %.2f:1", contrast));
                    }
                }
                Color background = UIManager.getColor("Panel.background");
                for (ChartStyle.Palette colour : ChartStyle.Palette.values()) {
                    double contrast = io.unknot.testing.Contrast.ratio(colour.color(), background);
                    if (contrast < 3) {
                        found.add(theme + " chart colour " + colour + String.format(" %.2f:1", contrast));
                    }
                }
                return found;
            });
            assertThat(problems).isEmpty();
        }
        switchTo(Theme.LIGHT);
    }

    @Test
    void showingTheWindowAgainKeepsOneWindow() throws Exception {
        openWindow();
        openWindow();
        long open = onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .filter(w -> StatsWindow.NAME.equals(w.getName()) && w.isShowing()).count());
        assertThat(open).isEqualTo(1);
    }

    private void openWindow() throws Exception {
        if (window == null) {
            window = new StatsWindow(new Language(Locale.ENGLISH), new StoreFigures(store, time),
                    (start, length) -> PastDrives.log(store, start, length), time,
                    () -> java.time.Duration.ofHours(8));
        }
        EventQueue.invokeAndWait(window::showWindow);
        window.refresh().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private CategoryDataset dataset(String chart) throws Exception {
        return onEdt(() -> find(window.frame(), ChartPanel.class, chart).getChart().getCategoryPlot().getDataset());
    }

    private String label(String name) throws Exception {
        return onEdt(() -> find(window.frame(), JLabel.class, name).getText());
    }

    private static LocalDate day(CategoryDataset data, int column) {
        return ((ChartKeys.Day) data.getColumnKey(column)).date();
    }

    private static double value(CategoryDataset data, String series, LocalDate date) {
        int row = -1;
        for (int r = 0; r < data.getRowCount(); r++) {
            if (((ChartKeys.Series) data.getRowKey(r)).id().equals(series)) {
                row = r;
            }
        }
        for (int c = 0; c < data.getColumnCount(); c++) {
            if (day(data, c).equals(date)) {
                return data.getValue(row, c).doubleValue();
            }
        }
        throw new AssertionError(date + " not in the chart");
    }

    private void desk(LocalDate day, String start, int minutes) throws IOException {
        sit(Activity.DESK, day, start, minutes);
    }

    private void driving(LocalDate day, String start, int minutes) throws IOException {
        sit(Activity.DRIVING, day, start, minutes);
    }

    private void sit(Activity activity, LocalDate day, String start, int minutes) throws IOException {
        Instant from = day.atTime(java.time.LocalTime.parse(start)).atZone(BERLIN).toInstant();
        for (int i = 0; i < minutes; i++) {
            store.append(HistoryRecord.sitting(from.plus(Duration.ofMinutes(i)), activity, Duration.ofMinutes(1)));
        }
    }

    private void breakEvent(RecordType type, LocalDate day, String at, BreakKind kind, String suggestion)
            throws IOException {
        Instant when = day.atTime(java.time.LocalTime.parse(at)).atZone(BERLIN).toInstant();
        store.append(HistoryRecord.breakEvent(type, when, kind, Duration.ZERO, Optional.ofNullable(suggestion)));
    }

    private static JDialog showingDialogWith(Class<? extends Component> type) {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && find(d, type, null) != null) {
                return d;
            }
        }
        return null;
    }

    private static JDialog showingDialogNamed(String name) {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && name.equals(d.getName())) {
                return d;
            }
        }
        return null;
    }

    /** The first component of {@code type} (with {@code name}, unless null) inside {@code root}, or null. */
    static <T extends Component> T find(Container root, Class<T> type, String name) {
        List<Component> queue = new ArrayList<>(List.of(root.getComponents()));
        while (!queue.isEmpty()) {
            Component c = queue.remove(0);
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
                return type.cast(c);
            }
            if (c instanceof Container inner) {
                queue.addAll(List.of(inner.getComponents()));
            }
        }
        return null;
    }

    /** Polls the event thread until {@code query} gives a value: windows appear asynchronously. */
    private static <T> T waitFor(Callable<T> query) {
        return eventuallyGet("a value on the event thread", WAIT, () -> Optional.ofNullable(onEdt(query)));
    }

    /** Switches the look on the EDT as the settings do, with every open window following. */
    private static void switchTo(Theme theme) throws Exception {
        EventQueue.invokeAndWait(() -> {
            new Appearance().apply(theme);
            FlatLaf.updateUI();
        });
    }
}
