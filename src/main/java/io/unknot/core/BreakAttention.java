package io.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Tells a break taken from one the user worked through. Each idle sample during the break shows how long the
 * current input-free stretch has lasted; the longest such stretch after a short grace (to finish a sentence) is
 * kept. A break whose longest quiet stretch stays under half of the watched time, and under half the idle
 * threshold, was ignored: the user kept typing or moving the mouse all through it. Without idle detection there is
 * no evidence, so no break counts as ignored.
 */
final class BreakAttention {

    /** Input this soon after the break appeared does not count against it. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final Duration watchFrom;
    private final Duration breakEnd;
    private Duration longestQuiet = Duration.ZERO;
    private boolean blind;

    BreakAttention(Duration breakStart, Duration breakLength) {
        this.watchFrom = breakStart.plus(GRACE);
        this.breakEnd = breakStart.plus(breakLength);
    }

    /** One idle sample taken at engine time {@code now}; empty when the platform could not tell. */
    void sample(Duration now, Optional<Duration> idle) {
        if (idle.isEmpty()) {
            blind = true;
            return;
        }
        quiet(now.minus(idle.get()), now);
    }

    /** No input from {@code from} to {@code to}, for example because the machine was asleep. */
    void quiet(Duration from, Duration to) {
        Duration start = from.compareTo(watchFrom) > 0 ? from : watchFrom;
        Duration end = to.compareTo(breakEnd) < 0 ? to : breakEnd;
        Duration quiet = end.minus(start);
        if (quiet.compareTo(longestQuiet) > 0) {
            longestQuiet = quiet;
        }
    }

    /** Whether a break ending at {@code end} was ignored, given the idle threshold the user set. */
    boolean ignored(Duration end, Duration idleThreshold) {
        Duration watched = (end.compareTo(breakEnd) < 0 ? end : breakEnd).minus(watchFrom);
        if (blind || watched.isNegative() || watched.isZero()) {
            return false;
        }
        Duration enough = watched.dividedBy(2).compareTo(idleThreshold.dividedBy(2)) < 0
                ? watched.dividedBy(2) : idleThreshold.dividedBy(2);
        return longestQuiet.compareTo(enough) < 0;
    }
}
