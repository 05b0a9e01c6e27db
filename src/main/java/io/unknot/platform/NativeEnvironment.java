package io.unknot.platform;

import com.sun.jna.platform.unix.LibC;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * With no session bus (a bare X session, no {@code DBUS_SESSION_BUS_ADDRESS}, no {@code $XDG_RUNTIME_DIR/bus})
     * there is no accessibility bus either: GTK 3's accessibility bridge would start a session bus of its own through
     * X11 autolaunch, then the accessibility bus and its registry (measured: four processes, about 1.5 MB more in
     * Unknot and time on the way to the tray icon), and leave them running after Unknot quits. Desktops always have
     * a session bus, so screen readers there are not affected.
     */
    static final Map<String, String> NO_SESSION_BUS = Map.of("NO_AT_BRIDGE", "1");

    private NativeEnvironment() {
    }

    /** The variables for a Linux process started with {@code environment}. */
    static Map<String, String> forLinux(Map<String, String> environment) {
        Map<String, String> variables = new TreeMap<>(LINUX);
        String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
        boolean sessionBus = !environment.getOrDefault("DBUS_SESSION_BUS_ADDRESS", "").isBlank()
                || (!runtime.isBlank() && Files.exists(Path.of(runtime, "bus")));
        if (!sessionBus) {
            variables.putAll(NO_SESSION_BUS);
        }
        return variables;
    }

    /** Call first thing in {@code main}, before AWT or GTK load. */
    public static void prepare() {
        if (OperatingSystem.current() != OperatingSystem.LINUX) {
            return;
        }
        forLinux(System.getenv()).forEach((name, value) -> {
            try {
                LibC.INSTANCE.setenv(name, value, 0);
            } catch (LinkageError e) {
                LOG.debug("Could not set {}", name, e);
            }
        });
    }
}
