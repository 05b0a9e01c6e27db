package io.unknot.platform;

import io.unknot.platform.x11.XConnection;

import java.util.Map;
import java.util.Optional;

/**
 * What kind of desktop Unknot runs on: the operating system, whether it is a Wayland session, and, on X11, Unknot's
 * own connection to the X server (shared by idle time and full-screen detection).
 *
 * @param wayland true in a Wayland session, where X11 only sees the XWayland clients and its idle time and active
 *                window cannot be trusted
 */
public record DesktopSession(OperatingSystem os, boolean wayland, Optional<XConnection> x11) {

    public static DesktopSession detect() {
        OperatingSystem os = OperatingSystem.current();
        boolean wayland = isWayland(System.getenv());
        Optional<XConnection> x11 = os == OperatingSystem.LINUX && !wayland ? XConnection.open() : Optional.empty();
        return new DesktopSession(os, wayland, x11);
    }

    static boolean isWayland(Map<String, String> env) {
        String waylandDisplay = env.getOrDefault("WAYLAND_DISPLAY", "");
        return !waylandDisplay.isBlank() || "wayland".equalsIgnoreCase(env.getOrDefault("XDG_SESSION_TYPE", ""));
    }
}
