package io.unknot.core;

import java.time.Duration;
import java.util.Optional;

/** How long it has been since the last keyboard or mouse input. */
@FunctionalInterface
public interface IdleSource {

    /** Time since the last input, or empty when this platform cannot tell (then all time counts as active). */
    Optional<Duration> idleTime();
}
