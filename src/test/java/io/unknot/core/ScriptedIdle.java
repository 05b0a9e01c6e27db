package io.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * An idle source driven by a test: {@link #input()} records a keystroke at the current monotonic moment, and the
 * idle time is measured on the monotonic ticker, as real platforms do. It can also play a platform without idle
 * detection.
 */
final class ScriptedIdle implements IdleSource {

    private final FakeTime time;
    private long lastInput;
    private boolean available = true;

    ScriptedIdle(FakeTime time) {
        this.time = time;
        this.lastInput = time.nanos();
    }

    void input() {
        lastInput = time.nanos();
    }

    void unavailable() {
        available = false;
    }

    @Override
    public Optional<Duration> idleTime() {
        return available ? Optional.of(Duration.ofNanos(time.nanos() - lastInput)) : Optional.empty();
    }
}
