package io.unknot.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The sitting time counted towards one kind of break. Driven from outside, like Workrave's timers: it is told how
 * much time to add and when to reset, and owns no thread. It never counts down, so it cannot drift.
 */
final class BreakTimer {

    private Duration elapsed = Duration.ZERO;
    private Optional<Duration> postponedTo = Optional.empty();
    private int postponesUsed;

    void add(Duration time) {
        elapsed = elapsed.plus(time);
    }

    void reset() {
        elapsed = Duration.ZERO;
        postponedTo = Optional.empty();
        postponesUsed = 0;
    }

    Duration elapsed() {
        return elapsed;
    }

    /** The elapsed time at which the break comes due: its interval, or later once postponed. */
    Duration dueAt(BreakRule rule) {
        return postponedTo.orElse(rule.interval());
    }

    /** Sitting time left until due, counting {@code pending} as already sat; negative when overdue. */
    Duration remaining(BreakRule rule, Duration pending) {
        return dueAt(rule).minus(elapsed).minus(pending);
    }

    /** Moves the due point {@code by} further sitting from now. */
    void postpone(Duration by) {
        postponedTo = Optional.of(elapsed.plus(by));
    }

    /** Moves the due point {@code by} further sitting from where it is now (a break put off before it came). */
    void postponeFromDue(BreakRule rule, Duration by) {
        Duration due = dueAt(rule);
        postponedTo = Optional.of((due.compareTo(elapsed) > 0 ? due : elapsed).plus(by));
    }

    void countPostpone() {
        postponesUsed++;
    }

    int postponesLeft(BreakRule rule) {
        return Math.max(0, rule.postponeLimit() - postponesUsed);
    }
}
