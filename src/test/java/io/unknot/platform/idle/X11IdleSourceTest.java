package io.unknot.platform.idle;

import io.unknot.core.IdleSource;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.OperatingSystem;
import io.unknot.platform.XDisplay;
import io.unknot.platform.x11.XConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** Real X11 idle time under Xvfb; the pointer is moved with xdotool like a user would. */
class X11IdleSourceTest {

    private XConnection x;

    @BeforeEach
    void openDisplay() {
        XDisplay.require();
        x = XConnection.open().orElseThrow(() -> new AssertionError("cannot open " + System.getenv("DISPLAY")));
    }

    @AfterEach
    void close() {
        x.close();
    }

    @Test
    void idle_time_grows_without_input_and_drops_when_the_pointer_moves() throws Exception {
        IdleSource idle = IdleSources.forSession(new DesktopSession(OperatingSystem.LINUX, false, Optional.of(x)));
        assertThat(idle).isInstanceOf(X11IdleSource.class);

        XDisplay.run("xdotool", "mousemove", "10", "10");
        eventually("idle time of 600 ms", Duration.ofSeconds(5),
                () -> idle.idleTime().orElseThrow().toMillis() >= 600);

        XDisplay.run("xdotool", "mousemove", "200", "150");

        assertThat(idle.idleTime()).hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofMillis(500)));
    }

    @Test
    void a_wayland_session_gets_no_idle_time_rather_than_a_wrong_one() {
        IdleSource idle = IdleSources.forSession(new DesktopSession(OperatingSystem.LINUX, true, Optional.empty()));

        assertThat(idle.idleTime()).isEmpty();
        assertThat(idle).isInstanceOfSatisfying(UnavailableIdleSource.class,
                u -> assertThat(u.reason()).contains("Wayland"));
    }

    @Test
    void without_an_x_display_idle_time_is_unknown() {
        IdleSource idle = IdleSources.forSession(new DesktopSession(OperatingSystem.LINUX, false, Optional.empty()));

        assertThat(idle.idleTime()).isEmpty();
    }
}
