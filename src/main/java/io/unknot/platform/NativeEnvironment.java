package io.unknot.platform;

import com.sun.jna.platform.unix.LibC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Environment variables that native libraries read once, when they start, set inside the process before any of
 * them loads: the installed launcher cannot set environment variables, and autostart gives the app only a bare
 * login environment. A value the user set is always kept.
 */
public final class NativeEnvironment {

    private static final Logger LOG = LoggerFactory.getLogger(NativeEnvironment.class);

    /**
     * On Linux (X11, or XWayland under Wayland):
     * <ul>
     * <li>{@code _AWT_MAX_POLL_TIMEOUT}: AWT's X11 event thread otherwise wakes every 500 ms with no events (about
     * 120 wake-ups a minute at idle); X events and AWT's own timers still wake it at once.</li>
     * <li>{@code GDK_GL=disable}: GTK 3 otherwise probes OpenGL when it opens the display, which loads Mesa's
     * driver and LLVM (measured: +60 MB RSS and seconds on a first start) for a tray icon and a menu that never
     * draw with OpenGL.</li>
     * </ul>
     */
    static final Map<String, String> LINUX = Map.of(
            "_AWT_MAX_POLL_TIMEOUT", "5000",
            "GDK_GL", "disable");

    private NativeEnvironment() {
    }

    /** Call first thing in {@code main}, before AWT or GTK load. */
    public static void prepare() {
        if (OperatingSystem.current() != OperatingSystem.LINUX) {
            return;
        }
        LINUX.forEach((name, value) -> {
            try {
                LibC.INSTANCE.setenv(name, value, 0);
            } catch (LinkageError e) {
                LOG.debug("Could not set {}", name, e);
            }
        });
    }
}
