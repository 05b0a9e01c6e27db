package io.unknot.ui.stats;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.util.UIScale;
import io.unknot.history.HistoryFigures;
import io.unknot.history.OpenReport;
import io.unknot.history.Statistics;
import io.unknot.history.WriteFailure;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.i18n.Mnemonic;
import io.unknot.ui.Frames;
import io.unknot.ui.Html;
import io.unknot.ui.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.unknot.ui.theme.Themes;

import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.BorderLayout;
import java.awt.EventQueue;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.beans.PropertyChangeListener;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The statistics window: today's figures, charts of the last 7 and 30 days, "Log a past drive" and CSV export.
 * One window per instance: {@link #showWindow()} again brings it to the front and reloads the figures; while
 * open, the figures follow the history by themselves (no Refresh button). It is
 * disposed when closed and built afresh next time, so it holds no charts in memory while unused. History is read
 * off the event thread.
 */
public final class StatsWindow {

    static final String NAME = "unknot.stats";
    private static final int MONTH = 30;
    private static final int WEEK = 7;
    private static final Logger LOG = LoggerFactory.getLogger(StatsWindow.class);

    /** What an export writes: every record, or one row per day. */
    enum Export {
        EVENTS("export.events.title", "export.events.file"),
        DAYS("export.days.title", "export.days.file");

        final String titleKey;
        final String fileKey;

        Export(String titleKey, String fileKey) {
            this.titleKey = titleKey;
            this.fileKey = fileKey;
        }
    }

    /** While the window is open, figures are read again this often (and whenever it is brought to the front). */
    private static final int LIVE_MILLIS = 60_000;

    private final HistoryFigures history;
    private final DriveLog drives;
    private final Clock clock;
    private final Supplier<Duration> dailyLimit;
    private Timer live;
    /** When the figures were last read (System.nanoTime), so coming back to the window soon after is free. */
    private long lastRead;
    private final Language language;
    private final Messages texts;
    private JFrame frame;
    private TodayPanel today;
    private DayCharts week;
    private DayCharts month;
    private JLabel banner;
    private JLabel status;
    private PropertyChangeListener lookListener;

    /** @param dailyLimit the daily sitting limit now set, drawn on the sitting chart */
    public StatsWindow(Language language, HistoryFigures history, DriveLog drives, Clock clock,
            Supplier<Duration> dailyLimit) {
        this.language = language;
        this.texts = language.messages("stats");
        this.history = history;
        this.drives = drives;
        this.clock = clock;
        this.dailyLimit = dailyLimit;
    }

    /** Shows the window with fresh figures, or brings it to the front when it is already open. Any thread. */
    public void showWindow() {
        if (!EventQueue.isDispatchThread()) {
            EventQueue.invokeLater(this::showWindow);
            return;
        }
        if (frame == null) {
            frame = build();
            frame.pack();
            frame.setLocationRelativeTo(null);
        }
        Frames.bringToFront(frame);
        refresh();
    }

    /** The open window, for tests; null while closed. */
    JFrame frame() {
        return frame;
    }

    /** Reads the last 30 days in the background and shows them; completes on the event thread once shown. */
    CompletableFuture<Statistics> refresh() {
        lastRead = System.nanoTime();
        CompletableFuture<Statistics> shown = new CompletableFuture<>();
        new SwingWorker<Statistics, Void>() {
            @Override
            protected Statistics doInBackground() throws IOException {
                return history.lastDays(MONTH);
            }

            @Override
            protected void done() {
                try {
                    Statistics stats = get();
                    if (frame != null) {
                        Duration limit = dailyLimit.get();
                        today.show(stats.last(), limit);
                        week.show(stats.lastDays(WEEK), limit);
                        month.show(stats.days(), limit);
                        showProblems();
                    }
                    shown.complete(stats);
                } catch (ExecutionException e) {
                    LOG.warn("Could not read the history", e.getCause());
                    setStatus(texts.text("load.failed", e.getCause().getMessage()));
                    shown.completeExceptionally(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    shown.completeExceptionally(e);
                }
            }
        }.execute();
        return shown;
    }

    /** Writes the export to {@code file} in the background; completes on the event thread. */
    CompletableFuture<Path> export(Export kind, Path file) {
        CompletableFuture<Path> written = new CompletableFuture<>();
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                if (kind == Export.EVENTS) {
                    history.exportEvents(file);
                } else {
                    history.exportDays(file);
                }
                return file;
            }

            @Override
            protected void done() {
                try {
                    setStatus(texts.text("export.done", get()));
                    written.complete(file);
                } catch (ExecutionException e) {
                    LOG.warn("CSV export to {} failed", file, e.getCause());
                    setStatus(texts.text("export.failed", e.getCause().getMessage()));
                    written.completeExceptionally(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    written.completeExceptionally(e);
                }
            }
        }.execute();
        return written;
    }

    /** Asks where to save (modal file chooser), then exports there. */
    void chooseExport(Export kind) {
        JFileChooser chooser = new JFileChooser();
        chooser.setLocale(texts.locale());
        chooser.updateUI();
        chooser.setName(NAME + ".chooser");
        chooser.setDialogTitle(texts.text(kind.titleKey));
        chooser.setFileFilter(new FileNameExtensionFilter(texts.text("export.filter"), "csv"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), texts.text(kind.fileKey)));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = withCsvExtension(chooser.getSelectedFile().toPath());
        if (Files.exists(file) && !confirmReplace(file)) {
            return;
        }
        export(kind, file);
    }

    /** Opens "Log a past drive"; a logged drive shows up in the figures at once. */
    void logPastDrive() {
        new PastDriveDialog(language, frame, drives, clock, drive -> {
            DateTimeFormatter shown = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(texts.locale());
            setStatus(texts.text("drive.logged", shown.format(drive.start().atZone(clock.getZone())),
                    DurationText.of(texts, drive.length())));
            refresh();
        }).open();
    }

    private JFrame build() {
        JFrame window = new JFrame(texts.text("window.title"));
        window.setName(NAME);
        window.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);

        today = new TodayPanel(language);
        week = new DayCharts(language, "week", texts.mnemonic("tab.week").text(), texts.text("chart.day.week"), WEEK);
        month = new DayCharts(language, "month", texts.mnemonic("tab.month").text(), texts.text("chart.day.month"),
                MONTH);

        banner = new JLabel();
        banner.setName("problems");
        banner.setVisible(false);
        Themes.foreground(banner, "Unknot.errorForeground");

        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.PAGE_AXIS));
        JLabel todayHeading = new JLabel(texts.text("today.title"));
        todayHeading.putClientProperty(FlatClientProperties.STYLE_CLASS, "h3");
        banner.setAlignmentX(0);
        todayHeading.setAlignmentX(0);
        today.component().setAlignmentX(0);
        top.add(banner);
        top.add(todayHeading);
        top.add(Box.createVerticalStrut(UIScale.scale(6)));
        top.add(today.component());
        top.add(Box.createVerticalStrut(UIScale.scale(12)));

        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("periods");
        addTab(tabs, "tab.week", week.component());
        addTab(tabs, "tab.month", month.component());

        status = new JLabel(" ");
        status.setName("status");

        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        actions.add(button("button.logDrive", "logDrive", this::logPastDrive));
        actions.add(Box.createHorizontalStrut(UIScale.scale(6)));
        actions.add(button("button.exportEvents", "exportEvents", () -> chooseExport(Export.EVENTS)));
        actions.add(Box.createHorizontalStrut(UIScale.scale(6)));
        actions.add(button("button.exportDays", "exportDays", () -> chooseExport(Export.DAYS)));
        JPanel closing = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        closing.add(button("button.close", "close", () -> close(window)));
        JPanel buttons = new JPanel(new BorderLayout());
        buttons.add(actions, BorderLayout.LINE_START);
        buttons.add(closing, BorderLayout.LINE_END);
        JPanel bottom = new JPanel(new BorderLayout(0, UIScale.scale(6)));
        bottom.setBorder(BorderFactory.createEmptyBorder(UIScale.scale(6), 0, 0, 0));
        bottom.add(status, BorderLayout.PAGE_START);
        bottom.add(buttons, BorderLayout.PAGE_END);

        JPanel content = new JPanel(new BorderLayout());
        int gap = UIScale.scale(12);
        content.setBorder(BorderFactory.createEmptyBorder(gap, gap, gap, gap));
        content.add(top, BorderLayout.PAGE_START);
        content.add(tabs, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.PAGE_END);
        window.setContentPane(content);

        window.getRootPane().registerKeyboardAction(e -> close(window),
                KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);
        window.getRootPane().registerKeyboardAction(e -> refresh(),
                KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), JComponent.WHEN_IN_FOCUSED_WINDOW);

        // Charts paint their own colours: follow a switch between light and dark.
        lookListener = e -> {
            if ("lookAndFeel".equals(e.getPropertyName())) {
                EventQueue.invokeLater(() -> {
                    week.restyle();
                    month.restyle();
                });
            }
        };
        UIManager.addPropertyChangeListener(lookListener);
        // Live figures: read again once a minute while open (minutes are the figures' grain), and on coming back
        // to the window; nothing runs while it is closed.
        live = new Timer(LIVE_MILLIS, e -> refresh());
        live.start();
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowActivated(WindowEvent e) {
                // Coming back after a while: read again (not when the window has just been opened and read).
                if (frame == window && System.nanoTime() - lastRead > LIVE_MILLIS * 1_000_000L / 6) {
                    refresh();
                }
            }

            @Override
            public void windowClosed(WindowEvent e) {
                live.stop();
                UIManager.removePropertyChangeListener(lookListener);
                if (frame == window) {
                    frame = null;
                }
            }
        });
        return window;
    }

    private void addTab(JTabbedPane tabs, String key, JComponent page) {
        Mnemonic title = texts.mnemonic(key);
        tabs.addTab(title.text(), page);
        int index = tabs.getTabCount() - 1;
        title.letter().ifPresent(letter -> {
            tabs.setMnemonicAt(index, KeyEvent.getExtendedKeyCodeForChar(letter));
            tabs.setDisplayedMnemonicIndexAt(index, title.index());
        });
    }

    private AbstractButton button(String key, String name, Runnable action) {
        JButton button = Labels.button(new JButton(), texts.mnemonic(key));
        button.setName(name);
        button.addActionListener(e -> action.run());
        return button;
    }

    private void showProblems() {
        OpenReport report = history.openReport();
        Optional<WriteFailure> failure = history.writeProblem();
        String text = null;
        if (failure.isPresent()) {
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(texts.locale());
            text = texts.text("problem.write", time.format(failure.get().at().atZone(clock.getZone())),
                    failure.get().reason());
        } else if (!report.clean()) {
            text = texts.text("problem.damaged", report.damages().get(0).keptAside());
        }
        banner.setVisible(text != null);
        banner.setText(text == null ? "" : "<html>" + Html.escape(text) + "</html>");
        banner.getAccessibleContext().setAccessibleName(text);
    }

    private boolean confirmReplace(Path file) {
        String[] options = {texts.text("export.replace.yes"), texts.text("export.replace.no")};
        int answer = JOptionPane.showOptionDialog(frame, texts.text("export.replace.message", file.getFileName()),
                texts.text("export.replace.title"), JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null,
                options, options[1]);
        return answer == 0;
    }

    private void setStatus(String text) {
        if (status != null) {
            status.setText(text);
            status.getAccessibleContext().setAccessibleName(text);
        }
    }

    private static void close(JFrame window) {
        window.dispatchEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSING));
    }

    private static Path withCsvExtension(Path file) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? file : file.resolveSibling(name + ".csv");
    }
}
