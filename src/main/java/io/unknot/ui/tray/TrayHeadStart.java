package io.unknot.ui.tray;

import dorkbox.os.OS;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Begins the slow parts of a Linux tray icon while the rest of Unknot wires itself, so the icon docks sooner at
 * login. Both were measured on the start-up path as a new user: GTK's first start (fonts, theme, accessibility
 * bus), and dorkbox's desktop detection, which runs {@code ps} up to five times to look for gnome-shell, Xfce and
 * ChromeOS before it picks a tray type, whatever {@code XDG_CURRENT_DESKTOP} says. Each runs once per process; the
 * tray waits for whatever is not done yet.
 */
public final class TrayHeadStart {

    private static final AtomicBoolean DETECTING = new AtomicBoolean();

    private TrayHeadStart() {
    }

    /**
     * Starts dorkbox's desktop detection on a thread of its own. It needs nothing of Unknot's set-up, so a launch
     * begins it first: it was the last thing the tray waited for (about 0.3 s of {@code ps} runs).
     */
    public static void detectDesktop() {
        if (!DETECTING.compareAndSet(false, true)) {
            return;
        }
        // Everything on the new thread, even the checks: loading their classes took about 0.08 s on the caller's. A
        // lambda, not OS.DesktopEnv.INSTANCE::getEnv, which would initialise dorkbox's OS classes on the caller's
        // thread too: that took 0.3 s of the start-up path as a new user at login.
        Thread detection = new Thread(() -> {
            if (!GraphicsEnvironment.isHeadless() && DorkboxTray.isLinux()) {
                OS.DesktopEnv.INSTANCE.getEnv();
            }
        }, "unknot-desktop-detection");
        detection.setDaemon(true);
        detection.start();
    }

    /**
     * Starts GTK, and dorkbox's desktop detection unless it runs already, on threads of their own.
     * {@code whenGtkRunning} runs once GTK has started (it installs its own X error handler then, which Unknot puts
     * back underneath its own).
     */
    public static void begin(Runnable whenGtkRunning) {
        if (GraphicsEnvironment.isHeadless() || !DorkboxTray.isLinux()) {
            return;
        }
        GtkLoop.startAhead(whenGtkRunning);
        detectDesktop();
    }
}
