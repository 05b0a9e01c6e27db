package io.unknot.ui.theme;

import com.formdev.flatlaf.FlatClientProperties;
import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.Theme;

import javax.swing.JComponent;
import javax.swing.UIManager;
import java.awt.Color;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Sets up FlatLaf: light, dark, or following the desktop's preference ({@link SystemAppearance} says how that is
 * read). Call {@link #apply(Theme)} (or {@link #follow(Settings)}) before the first window so the platform
 * properties take effect before AWT starts; later calls switch every open window over, with FlatLaf's animated
 * change. Unknot's colours are in {@code FlatLightLaf.properties} / {@code FlatDarkLaf.properties} next to
 * this class. FlatLaf scales everything for HiDPI screens; sizes in our code go through {@code UIScale}.
 */
public final class Themes {

    private static final Set<Settings> FOLLOWED = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));
    private static boolean prepared;

    private Themes() {
    }

    /** Installs the look for {@code theme}; nothing happens when that look is already installed. */
    public static void apply(Theme theme) {
        prepare();
        boolean dark = switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemAppearance.current().prefersDark();
        };
        Class<?> wanted = dark ? FlatDarkLaf.class : FlatLightLaf.class;
        if (UIManager.getLookAndFeel() != null && UIManager.getLookAndFeel().getClass() == wanted) {
            return;
        }
        if (!EventQueue.isDispatchThread() && anyWindowOpen()) {
            EventQueue.invokeLater(() -> apply(theme));
            return;
        }
        install(dark);
    }

    /** Applies the theme setting now and again whenever it changes, from wherever. Idempotent per settings. */
    public static void follow(Settings settings) {
        apply(settings.get(Keys.THEME));
        if (FOLLOWED.add(settings)) {
            settings.onChange(Keys.THEME, theme -> EventQueue.invokeLater(() -> apply(theme)));
        }
    }

    /**
     * Gives {@code component} the theme colour {@code key} (e.g. {@code Unknot.hintForeground}) as its foreground,
     * now and again after every switch of light and dark: a colour set once, or by a FlatLaf style, would keep
     * the old theme's value on a live switch.
     */
    public static void foreground(JComponent component, String key) {
        Runnable apply = () -> {
            Color color = UIManager.getColor(key);
            if (color != null) {
                component.setForeground(color);
            }
        };
        apply.run();
        component.addPropertyChangeListener("UI", e -> apply.run());
    }

    /**
     * Sets a FlatLaf style that names theme colours ({@code $Key}), and sets it again after every switch of light
     * and dark, so the names are looked up in the new theme (FlatLaf keeps the first theme's values otherwise).
     */
    public static void style(JComponent component, String style) {
        component.putClientProperty(FlatClientProperties.STYLE, style);
        component.addPropertyChangeListener("UI", e -> {
            component.putClientProperty(FlatClientProperties.STYLE, null);
            component.putClientProperty(FlatClientProperties.STYLE, style);
        });
    }

    /** True when the installed look is a dark one, e.g. to pick an icon variant. */
    public static boolean isDark() {
        return FlatLaf.isLafDark();
    }

    private static void install(boolean dark) {
        boolean animate = anyWindowOpen();
        if (animate) {
            FlatAnimatedLafChange.showSnapshot();
        }
        FlatLaf.setup(dark ? new FlatDarkLaf() : new FlatLightLaf());
        if (animate) {
            FlatLaf.updateUI();
            FlatAnimatedLafChange.hideSnapshotWithAnimation();
        }
    }

    private static boolean anyWindowOpen() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        for (Window window : Window.getWindows()) {
            if (window.isDisplayable()) {
                return true;
            }
        }
        return false;
    }

    /** Properties AWT reads once at start-up, and our colour resources; set only on the first call. */
    private static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        // macOS: menu bar at the top of the screen, our name in it, title bars following light/dark.
        System.setProperty("apple.laf.useScreenMenuBar", "true");
        System.setProperty("apple.awt.application.name", "Unknot");
        System.setProperty("apple.awt.application.appearance", "system");
        FlatLaf.registerCustomDefaultsSource("io.unknot.ui.theme");
    }
}
