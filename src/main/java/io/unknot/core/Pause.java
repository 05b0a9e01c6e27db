package io.unknot.core;

import java.time.Instant;
import java.util.Optional;

/** Whether the user paused Unknot, and until which wall-clock moment (none: until resumed). */
final class Pause {

    private boolean active;
    private Optional<Instant> until = Optional.empty();

    void until(Instant end) {
        active = true;
        until = Optional.of(end);
    }

    void indefinitely() {
        active = true;
        until = Optional.empty();
    }

    void end() {
        active = false;
        until = Optional.empty();
    }

    boolean active() {
        return active;
    }

    Optional<Instant> until() {
        return active ? until : Optional.empty();
    }

    boolean expiredAt(Instant now) {
        return active && until.filter(end -> !now.isBefore(end)).isPresent();
    }
}
