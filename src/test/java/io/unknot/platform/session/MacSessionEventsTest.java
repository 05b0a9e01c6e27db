package io.unknot.platform.session;

import io.unknot.core.DesktopEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The meaning of macOS's lock and sleep notifications; the observer and its run loop only run on a Mac. */
class MacSessionEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void lock_unlock_sleep_and_wake_notifications_are_desktop_events() {
        Map<String, DesktopEvent> meaning = Map.of(
                "com.apple.screenIsLocked", new DesktopEvent.ScreenLock(AT, true),
                "com.apple.screenIsUnlocked", new DesktopEvent.ScreenLock(AT, false),
                "NSWorkspaceWillSleepNotification", new DesktopEvent.Sleep(AT, true),
                "NSWorkspaceDidWakeNotification", new DesktopEvent.Sleep(AT, false));

        meaning.forEach((name, event) -> assertThat(MacSessionEvents.translate(name, AT)).as(name).contains(event));
    }

    @Test
    void other_notifications_mean_nothing() {
        assertThat(MacSessionEvents.translate("NSWorkspaceScreensDidSleepNotification", AT)).isEmpty();
        assertThat(MacSessionEvents.translate("com.apple.screensaver.didstart", AT)).isEmpty();
    }
}
