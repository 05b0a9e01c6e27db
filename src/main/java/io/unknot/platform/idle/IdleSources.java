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
     * The idle source that works here: {@code fromDesktop} (asked over D-Bus) when the desktop offered one, else
     * the platform's own, else one whose {@link IdleSource#idleTime()} is always empty (all time then counts as
     * active); which one, and why, is logged once.
     */
    public static IdleChoice forSession(DesktopSession session, Optional<IdleChoice> fromDesktop) {
        if (fromDesktop.isPresent()) {
            LOG.info("Idle detection: {} over D-Bus", fromDesktop.get().id());
            return fromDesktop.get();
        }
        Optional<IdleChoice> source = switch (session.os()) {
            case LINUX -> session.x11().flatMap(X11IdleSource::open).map(s -> new IdleChoice("x11", s));
            case WINDOWS -> WindowsIdleSource.open().map(s -> new IdleChoice("windows", s));
            case MAC -> MacIdleSource.open().map(s -> new IdleChoice("macos", s));
            case OTHER -> Optional.empty();
        };
        if (source.isPresent()) {
            LOG.info("Idle detection: {}", source.get().source().getClass().getSimpleName());
            return source.get();
        }
        String reason = reason(session);
        LOG.warn("Idle detection is not available ({}); all time counts as active", reason);
        return new IdleChoice("none", new UnavailableIdleSource(reason));
    }

    private static String reason(DesktopSession session) {
        return switch (session.os()) {
            case LINUX -> session.wayland()
                    ? "Wayland session without a desktop idle monitor on D-Bus: X11 idle time would only see"
                    + " XWayland windows"
                    : session.x11().isEmpty()
                    ? "no X11 display could be opened"
                    : "the X server lacks the MIT-SCREEN-SAVER extension or libXss is missing";
            case WINDOWS -> "GetLastInputInfo failed";
            case MAC -> "CGEventSourceSecondsSinceLastEventType could not be loaded";
            case OTHER -> "unsupported operating system " + System.getProperty("os.name");
        };
    }
}
