package io.unknot.ui.tray;

import dorkbox.os.OS;

import java.awt.GraphicsEnvironment;

/**
 * Begins the slow parts of a Linux tray icon while the rest of Unknot wires itself, so the icon docks sooner at
 * login. Both were measured on the start-up path as a new user: GTK's first start (fonts, theme, accessibility
 * bus), and dorkbox's desktop detection, which runs {@code ps} up to five times to look for gnome-shell, Xfce and
 * ChromeOS before it picks a tray type. Each runs once per process; the tray waits for whatever is not done yet.
 */
public final class TrayHeadStart {

    private TrayHeadStart() {
    }

    /**
     * Starts GTK and dorkbox's desktop detection on threads of their own. {@code whenGtkRunning} runs once GTK has
     * started (it installs its own X error handler then, which Unknot puts back underneath its own).
     */
    public static void begin(Runnable whenGtkRunning) {
        if (GraphicsEnvironment.isHeadless() || !DorkboxTray.isLinux()) {
            return;
        }
        GtkLoop.startAhead(whenGtkRunning);
        // A lambda, not OS.DesktopEnv.INSTANCE::getEnv, which would initialise dorkbox's OS classes here, on the
        // caller's thread: that took 0.3 s of the start-up path as a new user at login.
        Thread detection = new Thread(() -> OS.DesktopEnv.INSTANCE.getEnv(), "unknot-desktop-detection");
        detection.setDaemon(true);
        detection.start();
    }
}
