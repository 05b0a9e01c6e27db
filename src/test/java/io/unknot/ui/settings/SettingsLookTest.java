package io.unknot.ui.settings;

import io.unknot.i18n.Language;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import io.unknot.settings.Theme;
import io.unknot.ui.Rendered;
import io.unknot.ui.theme.Appearance;
import io.unknot.ui.theme.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import java.awt.Component;
import java.awt.GridBagLayout;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings window as it is painted, in the light and the dark theme: columns line up to the pixel, and every
 * text a user reads stands out from its background by at least 4.5:1 (WCAG AA for normal text).
 */
class SettingsLookTest {

    private final Language language = new Language(Locale.ENGLISH);

    private static final double MIN_CONTRAST = 4.5;
    private static final List<String> KINDS = List.of("micro", "stretch", "movement");

    private TestPrefs prefs;
    private SettingsWindow window;
    private JFrame frame;

    @BeforeAll
    static void display() {
        Gui.requireDisplay();
    }

    @AfterEach
    void close() throws Exception {
        Gui.closeInLightTheme(window);
        prefs.close();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void the_break_table_and_the_timing_rows_share_one_grid(Theme theme) throws Exception {
        open(theme, Locale.ENGLISH);
        Rendered page = Gui.onEdt(() -> Rendered.paint(frame.getRootPane()));

        List<String> problems = Gui.onEdt(() -> {
            List<String> found = new ArrayList<>();
            for (int col = 0; col < KINDS.size(); col++) {
                String kind = KINDS.get(col);
                Map<String, Integer> fields = new TreeMap<>();
                Map<String, Integer> units = new TreeMap<>();
                for (String row : List.of("enabled", "strict")) {
                    fields.put(kind + "." + row, left(page, component(kind + "." + row)));
                }
                for (String row : List.of("interval", "duration", "postpone", "postponeLimit")) {
                    JSpinner spinner = Gui.find(frame, kind + "." + row, JSpinner.class);
                    fields.put(kind + "." + row, page.inkLeft(spinner));
                    units.put(kind + "." + row + " unit", left(page, unitOf(spinner)));
                }
                fields.put(kind + " heading", left(page,
                        heading(this.language.messages("settings").text("kind." + kind))));
                if (col == 0) {
                    for (String timing : List.of("warningLead", "idleThreshold", "dailySittingLimit")) {
                        JSpinner spinner = Gui.find(frame, timing, JSpinner.class);
                        fields.put(timing, page.inkLeft(spinner));
                        units.put(timing + " unit", left(page, unitOf(spinner)));
                    }
                }
                found.addAll(spread("column " + kind, fields));
                found.addAll(spread("units of " + kind, units));
            }
            return found;
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void on_every_page_whatever_starts_in_a_column_starts_at_the_same_x(Theme theme) throws Exception {
        open(theme, Locale.ENGLISH);
        JTabbedPane tabs = Gui.find(frame, "settings.sections", JTabbedPane.class);
        List<String> problems = onEveryPage(tabs, (index, page) -> {
            JPanel form = formOf(tabs.getComponentAt(index));
            GridBagLayout grid = (GridBagLayout) form.getLayout();
            Map<Integer, Map<String, Integer>> byColumn = new TreeMap<>();
            for (Component c : form.getComponents()) {
                int ink = c.isVisible() && c.getWidth() > 0 ? left(page, c) : -1;
                if (ink >= 0) {
                    int column = grid.getConstraints(c).gridx;
                    byColumn.computeIfAbsent(column, k -> new TreeMap<>()).put(describe(c), ink);
                }
            }
            List<String> found = new ArrayList<>();
            byColumn.forEach((column, inks) ->
                    found.addAll(spread(tabs.getTitleAt(index) + " column " + column, inks)));
            return found;
        });
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void every_text_has_at_least_4_5_to_1_contrast(Theme theme) throws Exception {
        for (Locale language : List.of(Locale.ENGLISH, Locale.GERMAN)) {
            open(theme, language);
            assertThat(lowContrastTexts()).as(theme + " " + language).isEmpty();
            close();
        }
        prefs = TestPrefs.create(); // for the @AfterEach
        window = new SettingsWindow(prefs.open(), new Appearance(), language,
                new AboutInfo("1", Path.of("/tmp/l"), Path.of("/tmp/d")), () -> { });
    }

    private List<String> lowContrastTexts() {
        JTabbedPane tabs = Gui.find(frame, "settings.sections", JTabbedPane.class);
        return onEveryPage(tabs, (index, page) -> {
            List<String> found = new ArrayList<>();
            for (int t = 0; t < tabs.getTabCount(); t++) {
                java.awt.Rectangle tab = javax.swing.SwingUtilities.convertRectangle(tabs, tabs.getBoundsAt(t),
                        frame.getRootPane());
                check(found, "sidebar " + tabs.getTitleAt(t) + (t == index ? " (selected)" : ""),
                        page.contrast(tab));
            }
            for (Component c : Gui.all(frame.getRootPane())) {
                if (readable(c)) {
                    check(found, tabs.getTitleAt(index) + " / " + describe(c), page.contrast(page.bounds(c)));
                }
            }
            return found;
        });
    }

    /** What {@code check} finds on each page of the sidebar, shown and painted in turn; checks run on the EDT. */
    private List<String> onEveryPage(JTabbedPane tabs, BiFunction<Integer, Rendered, List<String>> check) {
        List<String> problems = new ArrayList<>();
        int pages = Gui.onEdt(tabs::getTabCount);
        for (int i = 0; i < pages; i++) {
            int index = i;
            Gui.run(() -> tabs.setSelectedIndex(index));
            problems.addAll(Gui.onEdt(() -> {
                frame.getRootPane().validate();
                return check.apply(index, Rendered.paint(frame.getRootPane()));
            }));
        }
        return problems;
    }

    private static boolean readable(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        return text != null && !text.isBlank() && c.isShowing() && c.isEnabled() && c.getWidth() > 0;
    }

    private static void check(List<String> problems, String what, double contrast) {
        if (contrast < MIN_CONTRAST) {
            problems.add(what + String.format(Locale.ROOT, " has %.2f:1", contrast));
        }
    }

    /** The page's form: the scroll pane's view. */
    private static JPanel formOf(Component page) {
        return (JPanel) ((javax.swing.JScrollPane) page).getViewport().getView();
    }

    /**
     * Where a user sees a component start: a label's text starts where its layout puts it (letters' own side
     * bearings differ by a pixel or two, "T" against "D"), anything else at its first painted pixel (a field's
     * border, a check box's box).
     */
    private static int left(Rendered page, Component c) {
        if (c instanceof JLabel label && label.getIcon() == null) {
            return page.bounds(c).x + label.getInsets().left;
        }
        return page.inkLeft(c);
    }

    private static List<String> spread(String what, Map<String, Integer> inks) {
        int min = inks.values().stream().min(Integer::compare).orElse(0);
        int max = inks.values().stream().max(Integer::compare).orElse(0);
        return max - min > 1 ? List.of(what + " is ragged: " + inks) : List.of();
    }

    private Component component(String name) {
        return Gui.all(frame).stream().filter(c -> name.equals(c.getName())).findFirst().orElseThrow();
    }

    private JLabel heading(String text) {
        return Gui.all(frame).stream().filter(c -> c instanceof JLabel l && text.equals(l.getText()))
                .map(JLabel.class::cast).findFirst().orElseThrow();
    }

    /** The unit label beside a spinner. */
    private static JLabel unitOf(JSpinner spinner) {
        Component[] row = spinner.getParent().getComponents();
        return (JLabel) row[row.length - 1];
    }

    private static String describe(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " " + c.getName())
                + (text == null || text.isEmpty() ? "" : " \"" + text + "\"");
    }

    private void open(Theme theme, Locale language) throws Exception {
        this.language.setLocale(language);
        prefs = TestPrefs.create();
        Settings settings = prefs.open();
        settings.set(io.unknot.settings.Keys.THEME, Theme.LIGHT);
        window = new SettingsWindow(settings, new Appearance(), this.language,
                new AboutInfo("1.2.3", Path.of("/var/tmp/unknot.log"), Path.of("/var/tmp/unknot-data")), () -> { });
        Gui.run(window::showWindow);
        frame = Gui.onEdt(window::frame);
        Gui.await("the window is laid out", () -> frame.isShowing() && frame.getRootPane().getWidth() > 0);
        // Dark is reached by a live switch, the harder case: every colour must follow it.
        settings.set(io.unknot.settings.Keys.THEME, theme);
        Gui.await("the theme is " + theme, () -> io.unknot.ui.theme.Themes.isDark() == (theme == Theme.DARK));
        io.unknot.ui.SwingTesting.settle(java.time.Duration.ofMillis(800)); // FlatLaf's animated switch
    }
}
