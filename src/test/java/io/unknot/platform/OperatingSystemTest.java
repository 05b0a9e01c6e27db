package io.unknot.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperatingSystemTest {

    @Test
    void os_names_as_the_jdk_reports_them_are_told_apart() {
        assertThat(OperatingSystem.of("Linux")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.of("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.of("Mac OS X")).isEqualTo(OperatingSystem.MAC);
        assertThat(OperatingSystem.of("FreeBSD")).isEqualTo(OperatingSystem.LINUX);
        assertThat(OperatingSystem.of("SunOS")).isEqualTo(OperatingSystem.OTHER);
    }

    @Test
    void a_wayland_session_is_recognised_by_its_display_or_session_type() {
        assertThat(DesktopSession.isWayland(Map.of("WAYLAND_DISPLAY", "wayland-0"))).isTrue();
        assertThat(DesktopSession.isWayland(Map.of("XDG_SESSION_TYPE", "wayland"))).isTrue();
        assertThat(DesktopSession.isWayland(Map.of("XDG_SESSION_TYPE", "x11", "DISPLAY", ":0"))).isFalse();
        assertThat(DesktopSession.isWayland(Map.of("WAYLAND_DISPLAY", " "))).isFalse();
    }
}
