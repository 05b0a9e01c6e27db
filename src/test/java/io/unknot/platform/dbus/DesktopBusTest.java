package io.unknot.platform.dbus;

import io.unknot.core.DesktopEvent;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.OperatingSystem;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts of the D-Bus client that need no bus; the rest runs end to end in {@code DesktopBusIT}. */
class DesktopBusTest {

    @Test
    void without_a_session_bus_every_source_is_simply_absent() {
        List<Object> heard = new ArrayList<>();
        try (DesktopBus bus = DesktopBus.connect(Map.of("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=/nonexistent/bus"))) {
            assertThat(bus.idle(new DesktopSession(OperatingSystem.LINUX, true, Optional.empty()))).isEmpty();
            assertThat(bus.notifications()).isEmpty();
            bus.watch(new DesktopBus.Listener() {
                @Override
                public void desktop(DesktopEvent event) {
                    heard.add(event);
                }

                @Override
                public void doNotDisturb(boolean on) {
                    heard.add(on);
                }
            }, Clock.systemUTC());
        }
        assertThat(heard).isEmpty();
    }

    @Test
    void a_bus_address_whose_socket_file_is_gone_is_not_tried() {
        assertThat(Bus.socketMissing("unix:path=/nonexistent/bus,guid=0123")).isTrue();
        assertThat(Bus.socketMissing("unix:path=/")).isFalse();
        assertThat(Bus.socketMissing("unix:abstract=/tmp/dbus-x")).isFalse();
    }

    @Test
    void the_desktop_names_are_read_from_xdg_current_desktop() {
        assertThat(DesktopBus.desktops(Map.of("XDG_CURRENT_DESKTOP", "ubuntu:GNOME"))).containsOnly("ubuntu", "gnome");
        assertThat(DesktopBus.desktops(Map.of("XDG_CURRENT_DESKTOP", "KDE"))).containsOnly("kde");
        assertThat(DesktopBus.desktops(Map.of())).isEmpty();
    }

    @Test
    void a_portal_answer_wrapped_twice_is_unwrapped() {
        assertThat(DesktopBus.unwrap(new Variant<>(new Variant<>(Boolean.FALSE)))).isEqualTo(false);
        assertThat(DesktopBus.unwrap(true)).isEqualTo(true);
    }
}
