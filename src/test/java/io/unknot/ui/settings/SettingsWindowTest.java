package io.unknot.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.unknot.core.BreakKind;
import io.unknot.core.suggest.FocusArea;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.settings.BreakPlacement;
import io.unknot.settings.Keys;
import io.unknot.settings.LogCapture;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import io.unknot.settings.Theme;
import io.unknot.testing.Contrast;
import io.unknot.ui.theme.Appearance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFormattedTextField;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings window as a user drives it, on a real (virtual) display. */
class SettingsWindowTest {

    private final Language language = new Language(Locale.ENGLISH);
    private final Messages texts = language.messages("settings");
    private TestPrefs prefs;
    private Settings settings;
    private SettingsWindow window;
    private final AtomicInteger tipsOpened = new AtomicInteger();
    private JFrame frame;
    /** What a running core would see: the break settings rebuilt on every change. */
    private final List<Duration> coreMicroIntervals = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void display() {
        Gui.requireDisplay();
    }

    @BeforeEach
    void open() {
        prefs = TestPrefs.create();
        settings = prefs.open();
        settings.onAnyChange(change ->
                coreMicroIntervals.add(settings.breakSettings().rule(BreakKind.MICRO).interval()));
        showWindow();
    }

    @AfterEach
    void close() throws Exception {
        Gui.closeInLightTheme(window);
        prefs.close();
    }

    @Test
    void a_typed_interval_is_stored_once_typing_pauses_and_reaches_the_core() throws Exception {
        JFormattedTextField every = field("micro.interval");

        Gui.run(() -> every.setText("15"));

        Gui.await("the interval is stored", () -> settings.get(Keys.MICRO.interval()).equals(Duration.ofMinutes(15)));
        settings.flush();
        assertThat(prefs.userNode().get("micro.interval", null)).isEqualTo("900");
        assertThat(prefs.open().get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(15));
        assertThat(coreMicroIntervals).containsExactly(Duration.ofMinutes(15));
        assertThat(errorShowing("micro.interval")).isFalse();
    }

    @Test
    void the_spinner_arrows_and_check_boxes_and_lists_store_at_once() {
        JSpinner lasts = Gui.find(frame, "stretch.duration", JSpinner.class);
        JCheckBox strict = Gui.find(frame, "micro.strict", JCheckBox.class);

        Gui.run(() -> lasts.setValue(lasts.getNextValue()));
        Gui.run(strict::doClick);
        selectSection(4);
        @SuppressWarnings("unchecked")
        JComboBox<BreakPlacement> placement = Gui.find(frame, "popup.placement", JComboBox.class);
        Gui.run(() -> placement.setSelectedItem(BreakPlacement.PRIMARY_MONITOR));

        assertThat(settings.get(Keys.STRETCH.duration())).isEqualTo(Duration.ofMinutes(4));
        assertThat(settings.get(Keys.MICRO.strict())).isTrue();
        assertThat(settings.get(Keys.BREAK_PLACEMENT)).isEqualTo(BreakPlacement.PRIMARY_MONITOR);
        settings.flush();
        assertThat(prefs.userNode().get("micro.strict", null)).isEqualTo("true");
    }

    @Test
    void an_out_of_range_or_malformed_entry_is_refused_in_place_and_nothing_is_stored() {
        JFormattedTextField every = field("micro.interval");
        JSpinner spinner = Gui.find(frame, "micro.interval", JSpinner.class);

        Gui.run(() -> every.setText("61"));
        Gui.await("the refusal shows", () -> errorShowing("micro.interval"));
        assertThat(errorText("micro.interval")).isEqualTo("Choose from 2\u00a0minutes to 1\u00a0hour");
        assertThat(Gui.<Object>onEdt(() -> spinner.getClientProperty(FlatClientProperties.OUTLINE)))
                .isEqualTo(FlatClientProperties.OUTLINE_ERROR);
        assertThat(Gui.<String>onEdt(() -> every.getAccessibleContext().getAccessibleDescription()))
                .isEqualTo(errorText("micro.interval"));

        Gui.run(() -> every.setText("ten"));
        Gui.run(every::postActionEvent); // Enter checks at once
        assertThat(errorText("micro.interval")).isEqualTo(texts.text("field.error.number"));
        assertThat(Gui.<String>onEdt(every::getText)).isEqualTo("ten");

        assertThat(prefs.userNode().get("micro.interval", null)).isNull();
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(10));
        assertThat(coreMicroIntervals).isEmpty();

        Gui.run(() -> every.setText("20"));
        Gui.await("the corrected value is stored", () -> settings.get(Keys.MICRO.interval()).toMinutes() == 20);
        assertThat(errorShowing("micro.interval")).isFalse();
        assertThat(Gui.<Object>onEdt(() -> spinner.getClientProperty(FlatClientProperties.OUTLINE))).isNull();
    }

    @Test
    void skip_escalation_and_input_grace_have_their_rows_and_refuse_out_of_range_in_place() {
        JFormattedTextField escalate = field("escalateAfter");
        assertThat(labelOf("escalateAfter")).isEqualTo("Harder to skip after");
        assertThat(Gui.<String>onEdt(escalate::getText)).isEqualTo("3");

        Gui.run(() -> escalate.setText("21"));
        Gui.await("the refusal shows", () -> errorShowing("escalateAfter"));
        assertThat(errorText("escalateAfter")).isEqualTo("Choose from 0 to 20");
        assertThat(settings.get(Keys.ESCALATE_AFTER)).isEqualTo(3);
        Gui.run(() -> escalate.setText("0"));
        Gui.await("0 (off) is stored", () -> settings.get(Keys.ESCALATE_AFTER) == 0);
        assertThat(errorShowing("escalateAfter")).isFalse();
        assertThat(settings.breakSettings().escalateAfter()).isZero();

        selectSection(4);
        JFormattedTextField grace = field("popup.inputGrace");
        assertThat(labelOf("popup.inputGrace")).isEqualTo("Ignore keys and clicks for the first");
        assertThat(Gui.<String>onEdt(grace::getText)).isEqualTo("3");
        Gui.run(() -> grace.setText("11"));
        Gui.await("the refusal shows", () -> errorShowing("popup.inputGrace"));
        assertThat(errorText("popup.inputGrace")).startsWith("Choose from 0").contains("10");
        assertThat(settings.get(Keys.INPUT_GRACE)).isEqualTo(Duration.ofSeconds(3));
        Gui.run(() -> grace.setText("5"));
        Gui.await("5 s is stored", () -> settings.get(Keys.INPUT_GRACE).equals(Duration.ofSeconds(5)));
        assertThat(errorShowing("popup.inputGrace")).isFalse();
        settings.flush();
        assertThat(prefs.userNode().get("popup.inputGrace", null)).isEqualTo("5");
        assertThat(prefs.userNode().get("escalateAfter", null)).isEqualTo("0");
    }

    /** The text of the label that labels the field of this setting. */
    private String labelOf(String key) {
        JSpinner spinner = Gui.find(frame, key, JSpinner.class);
        return Gui.onEdt(() -> Gui.all(frame.getContentPane()).stream()
                .filter(c -> c instanceof JLabel l && l.getLabelFor() != null
                        && (l.getLabelFor() == spinner || SwingUtilities.isDescendingFrom(l.getLabelFor(), spinner)))
                .map(c -> ((JLabel) c).getText()).findFirst().orElse("(no label)"));
    }

    @Test
    void refused_text_gives_way_to_the_stored_value_when_the_field_is_left() {
        JFormattedTextField every = field("micro.interval");
        Gui.run(every::requestFocusInWindow);
        Gui.await("the field has the focus", every::isFocusOwner);

        Gui.run(() -> every.setText("abc"));
        Gui.run(every::postActionEvent);
        assertThat(errorShowing("micro.interval")).isTrue();
        JCheckBox box = Gui.find(frame, "micro.enabled", JCheckBox.class);
        Gui.run(box::requestFocusInWindow);

        Gui.await("the stored value is back", () -> every.getText().equals("10"));
        assertThat(errorShowing("micro.interval")).isFalse();
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void durations_show_in_the_unit_that_fits_and_keep_their_stored_value() throws Exception {
        settings.set(Keys.MOVEMENT.interval(), Duration.ofMinutes(120));
        settings.set(Keys.STRETCH.interval(), Duration.ofMinutes(90));
        Gui.await("two hours show", () -> field("movement.interval").getText().equals("2")
                && unitText("movement.interval").equals("hours"));
        assertThat(Gui.<String>onEdt(() -> field("stretch.interval").getText())).isEqualTo("1:30");
        assertThat(unitText("stretch.interval")).isEqualTo("hours");

        settings.set(Keys.DEFER_LIMIT, Duration.ofSeconds(90)); // e.g. from an imported file
        Gui.await("90 seconds show as such, not rounded to 2 minutes",
                () -> field("defer.limit").getText().equals("90") && unitText("defer.limit").equals("seconds"));
        assertThat(settings.get(Keys.DEFER_LIMIT)).isEqualTo(Duration.ofSeconds(90));

        JSpinner stretch = Gui.find(frame, "stretch.interval", JSpinner.class);
        Gui.run(() -> stretch.setValue(stretch.getPreviousValue()));
        assertThat(settings.get(Keys.STRETCH.interval())).isEqualTo(Duration.ofMinutes(75));
        Gui.run(() -> field("stretch.interval").setText("2:15"));
        Gui.await("hours:minutes typed are stored", () ->
                settings.get(Keys.STRETCH.interval()).equals(Duration.ofMinutes(135)));
        settings.flush();
        assertThat(prefs.userNode().get("stretch.interval", null)).isEqualTo("8100");
    }

    private String unitText(String key) {
        JSpinner spinner = Gui.find(frame, key, JSpinner.class);
        return Gui.onEdt(() -> {
            Component[] row = spinner.getParent().getComponents();
            return ((JLabel) row[row.length - 1]).getText();
        });
    }

    @Test
    void a_malformed_time_is_refused_and_a_short_one_accepted() {
        selectSection(3);
        Gui.run(Gui.find(frame, "workingHours.enabled", JCheckBox.class)::doClick);
        JTextField start = Gui.find(frame, "workingHours.start", JTextField.class);

        Gui.run(() -> start.setText("25:99"));
        Gui.run(start::postActionEvent);
        assertThat(errorText("workingHours.start")).isEqualTo(texts.text("field.error.time"));
        assertThat(prefs.userNode().get("workingHours.start", null)).isNull();

        Gui.run(() -> start.setText("7:15"));
        Gui.run(start::postActionEvent);
        assertThat(settings.get(Keys.WORKING_START)).isEqualTo(LocalTime.of(7, 15));
        assertThat(errorShowing("workingHours.start")).isFalse();
        assertThat(Gui.<String>onEdt(start::getText)).isEqualTo("7:15");
    }

    @Test
    void the_last_working_day_cannot_be_unticked() {
        selectSection(3);
        Gui.run(Gui.find(frame, "workingHours.enabled", JCheckBox.class)::doClick);

        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            Gui.run(dayBox(day)::doClick);
        }

        assertThat(settings.get(Keys.WORKING_DAYS)).containsExactly(DayOfWeek.FRIDAY);
        assertThat(Gui.<Boolean>onEdt(dayBox(DayOfWeek.FRIDAY)::isSelected)).isTrue();
        assertThat(errorText("workingHours.days")).isEqualTo("Choose at least one.");
    }

    @Test
    void a_change_made_elsewhere_shows_in_the_window() {
        JSpinner every = Gui.find(frame, "micro.interval", JSpinner.class);
        JCheckBox on = Gui.find(frame, "stretch.enabled", JCheckBox.class);

        prefs.userNode().put("micro.interval", "1500"); // as an import or the remote control would
        prefs.userNode().put("stretch.enabled", "false");

        Gui.await("the spinner shows 25", () -> Duration.ofMinutes(25).equals(every.getValue()));
        Gui.await("stretch fields are disabled", () -> !on.isSelected()
                && !Gui.find(frame, "stretch.interval", JSpinner.class).isEnabled());
    }

    @Test
    void resetting_a_section_asks_first_and_then_restores_its_defaults_only() throws Exception {
        settings.set(Keys.MICRO.interval(), Duration.ofMinutes(15));
        settings.set(Keys.FOCUS_AREA, FocusArea.NECK);
        JSpinner every = Gui.find(frame, "micro.interval", JSpinner.class);
        JButton reset = Gui.find(frame, "settings.resetSection", JButton.class);

        Gui.press(frame, Gui.onEdt(reset::getText));
        Gui.press(Gui.awaitDialog(SettingsWindow.CONFIRM_DIALOG_NAME), language.messages("common").text("cancel"));
        Gui.await("the question is gone", () -> !confirmShowing());
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(15));

        Gui.press(frame, Gui.onEdt(reset::getText));
        JDialog question = Gui.awaitDialog(SettingsWindow.CONFIRM_DIALOG_NAME);
        assertThat(Gui.<String>onEdt(question::getTitle)).isEqualTo(texts.text("reset.title"));
        Gui.press(question, texts.text("reset.confirm"));

        Gui.await("the default is back", () -> settings.get(Keys.MICRO.interval()).equals(Duration.ofMinutes(10)));
        Gui.await("the spinner shows it", () -> Duration.ofMinutes(10).equals(every.getValue()));
        assertThat(settings.get(Keys.FOCUS_AREA)).isEqualTo(FocusArea.NECK);
        settings.flush();
        assertThat(prefs.userNode().get("micro.interval", null)).isNull();
    }

    @Test
    void resetting_everything_asks_and_restores_every_default() throws Exception {
        settings.set(Keys.MICRO.interval(), Duration.ofMinutes(15));
        settings.set(Keys.FOCUS_AREA, FocusArea.NECK);

        Gui.press(frame, texts.text("reset.all"));
        Gui.press(Gui.awaitDialog(SettingsWindow.CONFIRM_DIALOG_NAME), texts.text("reset.confirm"));

        Gui.await("every default is back", this::nothingStored);
        assertThat(settings.get(Keys.FOCUS_AREA)).isEqualTo(FocusArea.NONE);
    }

    @Test
    void showing_again_brings_the_one_window_forward_and_escape_closes_it_keeping_what_was_typed() {
        Gui.run(window::showWindow);

        assertThat(Gui.<JFrame>onEdt(window::frame)).isSameAs(frame);
        assertThat(Gui.<Long>onEdt(() -> java.util.Arrays.stream(Window.getWindows())
                .filter(w -> "settings.window".equals(w.getName()) && w.isDisplayable()).count())).isEqualTo(1L);

        JFormattedTextField every = field("micro.interval");
        JCheckBox box = Gui.find(frame, "micro.enabled", JCheckBox.class);
        Gui.run(() -> every.setText("12")); // closed before typing pauses: still stored
        Gui.run(() -> box.dispatchEvent(new KeyEvent(box, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0,
                KeyEvent.VK_ESCAPE, KeyEvent.CHAR_UNDEFINED)));

        Gui.await("the window is closed", () -> !frame.isDisplayable() && window.frame() == null);
        assertThat(settings.get(Keys.MICRO.interval())).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void ctrl_page_down_and_up_move_between_sections() {
        JTabbedPane tabs = Gui.find(frame, "settings.sections", JTabbedPane.class);
        JCheckBox box = Gui.find(frame, "micro.enabled", JCheckBox.class);
        Gui.run(box::requestFocusInWindow);
        Gui.await("the check box has the focus", box::isFocusOwner);

        pressOnFocusOwner(KeyEvent.VK_PAGE_DOWN, KeyEvent.CTRL_DOWN_MASK);
        assertThat(Gui.<Integer>onEdt(tabs::getSelectedIndex)).isEqualTo(1);

        pressOnFocusOwner(KeyEvent.VK_PAGE_UP, KeyEvent.CTRL_DOWN_MASK);
        assertThat(Gui.<Integer>onEdt(tabs::getSelectedIndex)).isEqualTo(0);
    }

    @Test
    void a_label_mnemonic_moves_the_focus_to_its_field() {
        JCheckBox box = Gui.find(frame, "micro.enabled", JCheckBox.class);
        JFormattedTextField every = field("micro.interval");
        Gui.run(box::requestFocusInWindow);
        Gui.await("the check box has the focus", box::isFocusOwner);

        pressOnFocusOwner(KeyEvent.VK_E, KeyEvent.ALT_DOWN_MASK); // "&Every"

        Gui.await("the interval field has the focus", every::isFocusOwner);
    }

    /** A key stroke as the keyboard sends it: pressed, then released, each to whatever has the focus then. */
    private static void pressOnFocusOwner(int key, int modifiers) {
        for (int id : new int[]{KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED}) {
            Gui.run(() -> {
                Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                owner.dispatchEvent(new KeyEvent(owner, id, System.currentTimeMillis(), modifiers, key,
                        KeyEvent.CHAR_UNDEFINED));
            });
        }
    }

    @Test
    void every_control_is_named_for_screen_readers_and_mnemonics_are_unique_per_page() {
        assertAccessibleAndMnemonicsUnique();
    }

    @Test
    void in_german_and_french_every_text_is_there_and_mnemonics_are_unique_too() {
        Map<Locale, String> titles = Map.of(Locale.GERMAN, "Unknot-Einstellungen", Locale.FRENCH,
                "Réglages d’Unknot");
        for (Locale language : List.of(Locale.GERMAN, Locale.FRENCH)) {
            Gui.run(() -> frame.dispose());
            try (LogCapture missing = LogCapture.of(Language.class)) {
                this.language.setLocale(language);
                showWindow();

                assertThat(Gui.<String>onEdt(frame::getTitle)).isEqualTo(titles.get(language));
                assertAccessibleAndMnemonicsUnique();
                assertThat(missing.warnings()).as(language.toString()).isEmpty();
            }
        }
    }

    @Test
    void choosing_the_dark_theme_switches_and_repaints_the_open_window() {
        JButton close = Gui.find(frame, "settings.close", JButton.class);
        ComponentUI lightUi = Gui.onEdt(close::getUI);
        selectSection(5);
        @SuppressWarnings("unchecked")
        JComboBox<Theme> theme = Gui.find(frame, "theme", JComboBox.class);

        Gui.run(() -> theme.setSelectedItem(Theme.DARK));

        Gui.await("the dark look is installed", () -> UIManager.getLookAndFeel() instanceof FlatDarkLaf);
        Gui.await("the window's components are updated", () -> close.getUI() != lightUi
                && close.getBackground().equals(UIManager.getColor("Button.background"))
                && frame.getContentPane().getBackground().equals(UIManager.getColor("Panel.background")));
        assertThat(settings.get(Keys.THEME)).isEqualTo(Theme.DARK);
        // Our own colors follow too: a refusal stays readable on the dark background.
        assertThat(Gui.onEdt(() -> Contrast.ratio(UIManager.getColor("Unknot.errorForeground"),
                UIManager.getColor("Panel.background")))).as("error text on the dark background").isGreaterThan(4.5);

        Gui.run(() -> theme.setSelectedItem(Theme.LIGHT));
        Gui.await("the light look is back", () -> UIManager.getLookAndFeel() instanceof FlatLightLaf
                && close.getBackground().equals(UIManager.getColor("Button.background")));
    }

    private boolean nothingStored() {
        try {
            return prefs.userNode().keys().length == 0;
        } catch (java.util.prefs.BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void about_shows_where_things_are_and_opens_the_health_tips() {
        selectSection(6);
        assertThat(Gui.<String>onEdt(Gui.find(frame, "about.logFile", JTextField.class)::getText))
                .isEqualTo(Path.of("/var/tmp/unknot.log").toString());

        Gui.run(Gui.find(frame, "about.healthTips", JButton.class)::doClick);
        Gui.run(Gui.find(frame, "about.healthTips", JButton.class)::doClick);

        // The app's one tips window is opened through the opener it passed in; About builds none of its own.
        assertThat(tipsOpened).hasValue(2);
    }

    private void showWindow() {
        window = new SettingsWindow(settings, new Appearance(), language,
                new AboutInfo("1.2.3", Path.of("/var/tmp/unknot.log"), Path.of("/var/tmp/unknot-data")),
                tipsOpened::incrementAndGet);
        Gui.run(window::showWindow);
        frame = Gui.onEdt(window::frame);
    }

    private void assertAccessibleAndMnemonicsUnique() {
        JTabbedPane tabs = Gui.find(frame, "settings.sections", JTabbedPane.class);
        List<String> problems = Gui.onEdt(() -> {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < tabs.getTabCount(); i++) {
                Map<Integer, String> letters = new HashMap<>();
                for (Component c : Gui.all(tabs.getComponentAt(i))) {
                    String what = tabs.getTitleAt(i) + " / " + describe(c);
                    int mnemonic = c instanceof JLabel l && l.getLabelFor() != null ? l.getDisplayedMnemonic()
                            : c instanceof AbstractButton b ? b.getMnemonic() : 0;
                    if (mnemonic != 0) {
                        String clash = letters.put(mnemonic, what);
                        if (clash != null) {
                            found.add(what + " repeats the mnemonic of " + clash);
                        }
                    }
                    if (c instanceof JLabel l && l.getLabelFor() != null && mnemonic == 0) {
                        found.add(what + " labels a field but has no mnemonic");
                    }
                    if (isControl(c) && blank(((JComponent) c).getAccessibleContext().getAccessibleName())) {
                        found.add(what + " has no accessible name");
                    }
                }
            }
            return found;
        });
        assertThat(problems).isEmpty();
    }

    private static boolean isControl(Component c) {
        boolean input = c instanceof AbstractButton || c instanceof JTextComponent || c instanceof JComboBox
                || c instanceof JSpinner;
        return input && c.isFocusable() && javax.swing.SwingUtilities.getAncestorOfClass(JComboBox.class, c) == null;
    }

    private static String describe(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : "";
        return c.getClass().getSimpleName() + " " + (c.getName() == null ? "" : c.getName()) + " " + text;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private JFormattedTextField field(String key) {
        return Gui.find(frame, key + ".text", JFormattedTextField.class);
    }

    private JCheckBox dayBox(DayOfWeek day) {
        return Gui.find(frame, "workingHours.days." + day.name().toLowerCase(Locale.ROOT), JCheckBox.class);
    }

    private boolean errorShowing(String key) {
        return Gui.onEdt(() -> Gui.find(frame, key + ".error", JLabel.class).isVisible());
    }

    private String errorText(String key) {
        JLabel label = Gui.find(frame, key + ".error", JLabel.class);
        return Gui.onEdt(() -> label.isVisible() ? label.getText() : "(no message)");
    }

    private boolean confirmShowing() {
        return java.util.Arrays.stream(Window.getWindows()).anyMatch(w -> w instanceof JDialog
                && SettingsWindow.CONFIRM_DIALOG_NAME.equals(w.getName()) && w.isShowing());
    }

    private void selectSection(int index) {
        Gui.run(() -> Gui.find(frame, "settings.sections", JTabbedPane.class).setSelectedIndex(index));
    }
}
