package io.unknot.platform.idle;

import io.unknot.core.IdleSource;
import io.unknot.platform.DesktopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Picks the idle-time source for the running desktop. */
public final class IdleSources {

    private static final Logger LOG = LoggerFactory.getLogger(IdleSources.class);

    private IdleSources() {
    }

    /**
     * The idle source that works here, or one whose {@link IdleSource#idleTime()} is always empty (all time then
     * counts as active); which one, and why, is logged once.
     */
    public static IdleSource forSession(DesktopSession session) {
        Optional<IdleSource> source = switch (session.os()) {
            case LINUX -> session.x11().flatMap(X11IdleSource::open);
            case WINDOWS -> WindowsIdleSource.open();
            case MAC -> MacIdleSource.open();
            case OTHER -> Optional.empty();
        };
        if (source.isPresent()) {
            LOG.info("Idle detection: {}", source.get().getClass().getSimpleName());
            return source.get();
        }
        String reason = reason(session);
        LOG.warn("Idle detection is not available ({}); all time counts as active", reason);
        return new UnavailableIdleSource(reason);
    }

    private static String reason(DesktopSession session) {
        return switch (session.os()) {
            case LINUX -> session.wayland()
                    ? "Wayland session: X11 idle time would only see XWayland windows"
                    : session.x11().isEmpty()
                    ? "no X11 display could be opened"
                    : "the X server lacks the MIT-SCREEN-SAVER extension or libXss is missing";
            case WINDOWS -> "GetLastInputInfo failed";
            case MAC -> "CGEventSourceSecondsSinceLastEventType could not be loaded";
            case OTHER -> "unsupported operating system " + System.getProperty("os.name");
        };
    }
}
