package io.unknot.core;

import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.util.Set;

/**
 * The break on screen now. {@code start} is in engine time, so what is left is always measured on the monotonic
 * clock, never counted down.
 */
record RunningBreak(BreakKind kind, Suggestion suggestion, Duration start, Duration duration, boolean strict,
                    int postponesLeft, Set<BreakKind> absorbed, boolean shown) {

    Duration remaining(Duration now) {
        Duration left = duration.minus(now.minus(start));
        return left.isNegative() ? Duration.ZERO : left;
    }

    boolean over(Duration now) {
        return remaining(now).isZero();
    }

    Duration end() {
        return start.plus(duration);
    }

    RunningBreak asShown() {
        return new RunningBreak(kind, suggestion, start, duration, strict, postponesLeft, absorbed, true);
    }
}
