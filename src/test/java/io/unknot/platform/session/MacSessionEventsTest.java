package io.unknot.platform.session;

import io.unknot.core.DesktopEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The meaning of macOS's lock and sleep notifications; the observer and its run loop only run on a Mac. */
class MacSessionEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void screen_locked_and_unlocked_are_screen_lock_events() {
        assertThat(MacSessionEvents.translate("com.apple.screenIsLocked", AT))
                .contains(new DesktopEvent.ScreenLock(AT, true));
        assertThat(MacSessionEvents.translate("com.apple.screenIsUnlocked", AT))
                .contains(new DesktopEvent.ScreenLock(AT, false));
    }

    @Test
    void will_sleep_and_did_wake_are_sleep_events() {
        assertThat(MacSessionEvents.translate("NSWorkspaceWillSleepNotification", AT))
                .contains(new DesktopEvent.Sleep(AT, true));
        assertThat(MacSessionEvents.translate("NSWorkspaceDidWakeNotification", AT))
                .contains(new DesktopEvent.Sleep(AT, false));
    }

    @Test
    void other_notifications_mean_nothing() {
        assertThat(MacSessionEvents.translate("NSWorkspaceScreensDidSleepNotification", AT)).isEmpty();
        assertThat(MacSessionEvents.translate("com.apple.screensaver.didstart", AT)).isEmpty();
    }
}
