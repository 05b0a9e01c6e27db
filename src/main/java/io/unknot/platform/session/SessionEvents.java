package io.unknot.platform.session;

import io.unknot.core.DesktopEvent;
import io.unknot.platform.OperatingSystem;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Screen lock and sleep from the operating system itself where it has no D-Bus: Windows' session and power
 * messages, macOS's lock and sleep notifications. (On Linux they come from D-Bus.)
 */
public final class SessionEvents {

    private SessionEvents() {
    }

    /** Starts listening where this OS allows it; events go to {@code sink} on a listener thread. */
    public static void forCurrentOs(Consumer<DesktopEvent> sink, Clock clock) {
        if (OperatingSystem.current() == OperatingSystem.WINDOWS) {
            onDaemonThread(() -> WindowsSessionEvents.listen(sink, clock));
        } else if (OperatingSystem.current() == OperatingSystem.MAC) {
            onDaemonThread(() -> MacSessionEvents.listen(sink, clock));
        }
    }

    private static void onDaemonThread(Runnable listener) {
        Thread thread = new Thread(listener, "unknot-session-events");
        thread.setDaemon(true);
        thread.start();
    }
}
