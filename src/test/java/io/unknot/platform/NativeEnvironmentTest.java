package io.unknot.platform;

import com.sun.jna.platform.unix.LibC;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The variables native libraries read at start-up are in the process's C environment, where they look. */
class NativeEnvironmentTest {

    @Test
    void gtk_skips_its_opengl_probe_and_awt_sleeps_between_events_unless_the_user_said_otherwise() {
        assumeTrue(OperatingSystem.current() == OperatingSystem.LINUX, "the variables are for Linux only");
        LibC.INSTANCE.setenv("GDK_GL", "always", 1); // as if the user had set it
        LibC.INSTANCE.unsetenv("_AWT_MAX_POLL_TIMEOUT");
        try {
            NativeEnvironment.prepare();

            assertThat(LibC.INSTANCE.getenv("_AWT_MAX_POLL_TIMEOUT")).isEqualTo("5000");
            assertThat(LibC.INSTANCE.getenv("GDK_GL")).as("the user's value is kept").isEqualTo("always");
            LibC.INSTANCE.unsetenv("GDK_GL");
            NativeEnvironment.prepare();
            assertThat(LibC.INSTANCE.getenv("GDK_GL")).isEqualTo("disable");
        } finally {
            LibC.INSTANCE.unsetenv("GDK_GL");
        }
    }

    @Test
    void without_a_session_bus_gtk_starts_no_accessibility_bus_of_its_own(@TempDir Path runtime) throws Exception {
        assertThat(NativeEnvironment.forLinux(Map.of())).containsEntry("NO_AT_BRIDGE", "1")
                .containsEntry("GDK_GL", "disable");
        assertThat(NativeEnvironment.forLinux(Map.of("XDG_RUNTIME_DIR", runtime.toString())))
                .as("a runtime folder without a bus socket").containsKey("NO_AT_BRIDGE");

        assertThat(NativeEnvironment.forLinux(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")))
                .doesNotContainKey("NO_AT_BRIDGE").containsEntry("GDK_GL", "disable");
        Files.createFile(runtime.resolve("bus"));
        assertThat(NativeEnvironment.forLinux(Map.of("XDG_RUNTIME_DIR", runtime.toString())))
                .as("systemd's user bus, found by its socket").doesNotContainKey("NO_AT_BRIDGE");
    }
}
