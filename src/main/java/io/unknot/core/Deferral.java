package io.unknot.core;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Holds due desk breaks while the user presents, watches or is in a call, or the desktop is set to do not
 * disturb, but never longer than the defer limit counted from the moment the break first came due.
 */
final class Deferral {

    private final EnumSet<DeferReason> reasons = EnumSet.noneOf(DeferReason.class);
    private Optional<Duration> heldSince = Optional.empty();

    void set(DeferReason reason, boolean value) {
        if (value) {
            reasons.add(reason);
        } else {
            reasons.remove(reason);
        }
    }

    boolean on() {
        return !reasons.isEmpty();
    }

    Set<DeferReason> reasons() {
        return Collections.unmodifiableSet(EnumSet.copyOf(reasons));
    }

    /** Called while a break is due at engine time {@code now}: true when it must still wait. */
    boolean holds(Duration now, Duration limit) {
        if (!on()) {
            return false;
        }
        Duration since = heldSince.orElse(now);
        heldSince = Optional.of(since);
        return now.minus(since).compareTo(limit) < 0;
    }

    /** Engine time at which a held break will be raised anyway. */
    Optional<Duration> limitAt(Duration limit) {
        return on() ? heldSince.map(since -> since.plus(limit)) : Optional.empty();
    }

    /** No break is waiting any more. */
    void release() {
        heldSince = Optional.empty();
    }
}
