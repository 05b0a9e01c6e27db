package io.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Holds due desk breaks while the user presents or is in a call, but never longer than the defer limit counted
 * from the moment the break first came due.
 */
final class Deferral {

    private boolean on;
    private Optional<Duration> heldSince = Optional.empty();

    void set(boolean value) {
        on = value;
    }

    boolean on() {
        return on;
    }

    /** Called while a break is due at engine time {@code now}: true when it must still wait. */
    boolean holds(Duration now, Duration limit) {
        if (!on) {
            return false;
        }
        Duration since = heldSince.orElse(now);
        heldSince = Optional.of(since);
        return now.minus(since).compareTo(limit) < 0;
    }

    /** Engine time at which a held break will be raised anyway. */
    Optional<Duration> limitAt(Duration limit) {
        return on ? heldSince.map(since -> since.plus(limit)) : Optional.empty();
    }

    /** No break is waiting any more. */
    void release() {
        heldSince = Optional.empty();
    }
}
