package io.unknot.platform.idle;

import io.unknot.core.IdleSource;

import java.time.Duration;
import java.util.Optional;

/** Used where no idle time can be read: the engine then counts all time as active. */
record UnavailableIdleSource(String reason) implements IdleSource {

    @Override
    public Optional<Duration> idleTime() {
        return Optional.empty();
    }
}
