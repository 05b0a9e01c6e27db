package io.unknot.platform.session;

import io.unknot.core.DesktopEvent;
import io.unknot.platform.OperatingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * Screen lock and sleep from the operating system itself where it has no D-Bus: Windows' session and power
 * messages. (On Linux they come from D-Bus; macOS has no source yet.)
 */
public final class SessionEvents {

    private static final Logger LOG = LoggerFactory.getLogger(SessionEvents.class);

    private SessionEvents() {
    }

    /** Starts listening where this OS allows it; events go to {@code sink} on a listener thread. */
    public static void forCurrentOs(Consumer<DesktopEvent> sink, Clock clock) {
        if (OperatingSystem.current() == OperatingSystem.WINDOWS) {
            WindowsSessionEvents.start(sink, clock);
        } else if (OperatingSystem.current() == OperatingSystem.MAC) {
            LOG.info("Screen lock and sleep are not read on macOS yet; the clock-jump check finds sleeps");
        }
    }
}
