package io.unknot.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLightLaf;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.TestPrefs;
import io.unknot.settings.Theme;
import io.unknot.ui.settings.Gui;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import java.awt.Color;

import static org.assertj.core.api.Assertions.assertThat;

/** Switching FlatLaf themes with a real window open. */
class ThemesTest {

    private final Appearance appearance = new Appearance();
    private JFrame frame;
    private JButton button;

    @BeforeAll
    static void display() {
        Gui.requireDisplay();
    }

    @BeforeEach
    void openWindow() {
        Gui.run(() -> {
            appearance.apply(Theme.LIGHT);
            frame = new JFrame();
            button = new JButton();
            button.getAccessibleContext().setAccessibleName("test");
            frame.add(button);
            frame.pack();
            frame.setVisible(true);
        });
    }

    @AfterEach
    void closeWindow() {
        Gui.run(() -> {
            frame.dispose();
            appearance.apply(Theme.LIGHT);
        });
    }

    @Test
    void light_carries_our_colours() {
        assertThat(Gui.<Object>onEdt(UIManager::getLookAndFeel)).isInstanceOf(FlatLightLaf.class);
        assertThat(Gui.<Color>onEdt(() -> UIManager.getColor("Component.accentColor")))
                .isEqualTo(new Color(0x2c8a7a));
        assertThat(Gui.<Color>onEdt(() -> UIManager.getColor("Unknot.errorForeground")))
                .isEqualTo(new Color(0xc62828));
        assertThat(Gui.<Boolean>onEdt(Themes::isDark)).isFalse();
    }

    @Test
    void switching_to_dark_updates_the_open_window() {
        ComponentUI before = Gui.onEdt(button::getUI);

        Gui.run(() -> appearance.apply(Theme.DARK));

        assertThat(Gui.<Object>onEdt(UIManager::getLookAndFeel)).isInstanceOf(FlatDarkLaf.class);
        assertThat(Gui.<ComponentUI>onEdt(button::getUI)).isNotSameAs(before);
        assertThat(Gui.<Color>onEdt(button::getBackground))
                .isEqualTo(Gui.<Color>onEdt(() -> UIManager.getColor("Button.background")));
        assertThat(Gui.<Color>onEdt(() -> UIManager.getColor("Unknot.errorForeground")))
                .isEqualTo(new Color(0xff938a));
        assertThat(Gui.<Boolean>onEdt(Themes::isDark)).isTrue();
    }

    @Test
    void applying_the_installed_theme_again_changes_nothing() {
        Gui.run(() -> appearance.apply(Theme.DARK));
        ComponentUI dark = Gui.onEdt(button::getUI);

        Gui.run(() -> appearance.apply(Theme.DARK));

        assertThat(Gui.<ComponentUI>onEdt(button::getUI)).isSameAs(dark);
    }

    /** Swing installs the chosen look with its first component; the app only names it, so AWT need not start. */
    @Test
    void the_first_window_s_look_is_named_for_swing_without_installing_it() throws Exception {
        String before = System.getProperty("swing.defaultlaf");
        try (TestPrefs prefs = TestPrefs.create()) {
            Settings settings = prefs.open();
            settings.set(Keys.THEME, Theme.DARK);
            Appearance first = new Appearance();
            first.followFromFirstWindow(settings);
            first.awaitFirstLook();
            assertThat(System.getProperty("swing.defaultlaf")).isEqualTo(FlatDarkLaf.class.getName());
            assertThat(Gui.<Object>onEdt(UIManager::getLookAndFeel)).as("the look installed before stays")
                    .isInstanceOf(FlatLightLaf.class);

            settings.set(Keys.THEME, Theme.LIGHT);
            Gui.await("a later change names the new look too",
                    () -> FlatLightLaf.class.getName().equals(System.getProperty("swing.defaultlaf")));
        } finally {
            if (before == null) {
                System.clearProperty("swing.defaultlaf");
            } else {
                System.setProperty("swing.defaultlaf", before);
            }
        }
    }

    @Test
    void following_the_setting_switches_on_every_change() throws Exception {
        try (TestPrefs prefs = TestPrefs.create()) {
            Settings settings = prefs.open();
            settings.set(Keys.THEME, Theme.LIGHT);
            appearance.follow(settings);
            appearance.follow(settings); // a second caller must not double the work

            settings.set(Keys.THEME, Theme.DARK);
            Gui.await("the dark look is installed", () -> UIManager.getLookAndFeel() instanceof FlatDarkLaf
                    && button.getBackground().equals(UIManager.getColor("Button.background")));

            settings.flush();
            prefs.userNode().put(Keys.THEME.key(), "light"); // e.g. an import or the remote control
            Gui.await("the light look is back", () -> UIManager.getLookAndFeel() instanceof FlatLightLaf);
        }
    }
}
