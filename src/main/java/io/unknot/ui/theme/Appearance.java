package io.unknot.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import com.formdev.flatlaf.extras.FlatAnimatedLafChange;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.settings.Theme;

import javax.swing.UIManager;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * The theme, owned by whoever builds the windows (the app; each test its own): sets up FlatLaf light, dark, or
 * following the desktop's preference ({@link SystemAppearance} says how that is read). Create it and call
 * {@link #apply(Theme)} (or {@link #follow(Settings)}) before the first window so the platform properties take
 * effect before AWT starts; later calls switch every open window over, with FlatLaf's animated change. FlatLaf
 * scales everything for HiDPI screens; sizes in our code go through {@code UIScale}.
 */
public final class Appearance {

    /** Open once the first window's look is chosen; open from the start unless {@link #followFromFirstWindow}. */
    private volatile CountDownLatch firstLook = new CountDownLatch(0);
    private final Set<Settings> followed = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    /** Sets the properties AWT reads once at start-up, and registers our colour resources. */
    public Appearance() {
        // macOS: menu bar at the top of the screen, our name in it, title bars following light/dark.
        System.setProperty("apple.laf.useScreenMenuBar", "true");
        System.setProperty("apple.awt.application.name", "Unknot");
        System.setProperty("apple.awt.application.appearance", "system");
        // FlatLaf keeps a process-wide list: registered once however many Appearances a test makes.
        FlatLaf.unregisterCustomDefaultsSource("io.unknot.ui.theme");
        FlatLaf.registerCustomDefaultsSource("io.unknot.ui.theme");
    }

    /** Installs the look for {@code theme}; nothing happens when that look is already installed. */
    public void apply(Theme theme) {
        apply(isDark(theme));
    }

    /** The desktop's preference is asked once by the caller (it may run gsettings), not again here. */
    private void apply(boolean dark) {
        if (UIManager.getLookAndFeel() != null && UIManager.getLookAndFeel().getClass() == look(dark)) {
            return;
        }
        if (!EventQueue.isDispatchThread() && anyWindowOpen()) {
            EventQueue.invokeLater(() -> apply(dark));
            return;
        }
        install(dark);
    }

    /** Applies the theme setting now and again whenever it changes, from wherever. Idempotent per settings. */
    public void follow(Settings settings) {
        apply(settings.get(Keys.THEME));
        listen(settings);
    }

    /**
     * As {@link #follow}, but the look is installed by Swing itself with the first component of the run: installing
     * it now would start AWT's toolkit (FlatLaf asks it for the desktop's font), which the app does not need until
     * it shows a window, and a native tray icon never does. The desktop's preference is asked on a thread of its
     * own (it may run gsettings, about 0.1 s at login); call {@link #awaitFirstLook()} before the first window.
     */
    public void followFromFirstWindow(Settings settings) {
        Theme theme = settings.get(Keys.THEME);
        CountDownLatch chosen = new CountDownLatch(1);
        firstLook = chosen;
        Thread choosing = new Thread(() -> {
            lookOfFirstWindow(isDark(theme));
            chosen.countDown();
        }, "unknot-theme");
        choosing.setDaemon(true);
        choosing.start();
        listen(settings);
    }

    /** Returns once the look of the first window is chosen (see {@link #followFromFirstWindow}). */
    public void awaitFirstLook() {
        try {
            firstLook.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void listen(Settings settings) {
        if (followed.add(settings)) {
            settings.onChange(Keys.THEME, theme -> {
                boolean dark = isDark(theme);
                lookOfFirstWindow(dark); // in case no window has been shown yet
                EventQueue.invokeLater(() -> apply(dark));
            });
        }
    }

    /** Swing reads this property when its first component asks for a look, if none was installed before. */
    private static void lookOfFirstWindow(boolean dark) {
        System.setProperty("swing.defaultlaf", look(dark).getName());
    }

    private static Class<? extends FlatLaf> look(boolean dark) {
        return dark ? FlatDarkLaf.class : FlatLightLaf.class;
    }

    private static boolean isDark(Theme theme) {
        return switch (theme) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> SystemAppearance.current().prefersDark();
        };
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
}
