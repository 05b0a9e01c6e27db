package io.unknot.platform.session;

import io.unknot.core.DesktopEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The meaning of Windows' session and power messages; the window and its message loop only run on Windows. */
class WindowsSessionEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
    private static final int WM_WTSSESSION_CHANGE = 0x02B1;

    @Test
    void session_lock_and_unlock_are_screen_lock_events() {
        assertThat(WindowsSessionEvents.translate(WM_WTSSESSION_CHANGE, 7, AT))
                .contains(new DesktopEvent.ScreenLock(AT, true));
        assertThat(WindowsSessionEvents.translate(WM_WTSSESSION_CHANGE, 8, AT))
                .contains(new DesktopEvent.ScreenLock(AT, false));
        assertThat(WindowsSessionEvents.translate(WM_WTSSESSION_CHANGE, 5, AT)).as("logon").isEmpty();
    }

    @Test
    void suspend_and_either_resume_are_sleep_events() {
        assertThat(WindowsSessionEvents.translate(0x0218, 0x4, AT)).contains(new DesktopEvent.Sleep(AT, true));
        assertThat(WindowsSessionEvents.translate(0x0218, 0x12, AT)).contains(new DesktopEvent.Sleep(AT, false));
        assertThat(WindowsSessionEvents.translate(0x0218, 0x7, AT)).contains(new DesktopEvent.Sleep(AT, false));
        assertThat(WindowsSessionEvents.translate(0x0218, 0xA, AT)).as("power status change").isEmpty();
    }
}
