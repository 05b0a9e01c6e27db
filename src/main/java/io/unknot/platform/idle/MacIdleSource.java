package io.unknot.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.unknot.core.IdleSource;

import java.time.Duration;
import java.util.Optional;

/** macOS idle time from Quartz Event Services (ApplicationServices framework). */
final class MacIdleSource implements IdleSource {

    /** {@code kCGEventSourceStateCombinedSessionState}: input from every source in the login session. */
    private static final int COMBINED_SESSION_STATE = 0;
    /** {@code kCGAnyInputEventType}, i.e. {@code ~0}. */
    private static final int ANY_INPUT_EVENT = ~0;

    interface ApplicationServices extends Library {
        double CGEventSourceSecondsSinceLastEventType(int sourceStateId, int eventType);
    }

    private final ApplicationServices services;

    private MacIdleSource(ApplicationServices services) {
        this.services = services;
    }

    static Optional<IdleSource> open() {
        try {
            return Optional.of(new MacIdleSource(Native.load("ApplicationServices", ApplicationServices.class)));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Duration> idleTime() {
        double seconds = services.CGEventSourceSecondsSinceLastEventType(COMBINED_SESSION_STATE, ANY_INPUT_EVENT);
        if (Double.isNaN(seconds) || seconds < 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) (seconds * 1_000_000_000L)));
    }
}
