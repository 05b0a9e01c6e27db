package io.unknot.core;

import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.util.Set;

/**
 * The break on screen now. {@code start} is in engine time, so what is left is always measured on the monotonic
 * clock, never counted down.
 *
 * @param progress      which move of the routine is on screen
 * @param shownStep     the move last announced, so each change is announced once
 * @param skippedBefore skipped, postponed or ignored breaks in a row before this one
 * @param escalated     raised after too many of those: the UI makes it harder to dismiss
 */
record RunningBreak(BreakKind kind, RoutineProgress progress, Duration start, Duration duration, boolean strict,
                    int postponesLeft, Set<BreakKind> absorbed, boolean shown, int shownStep, int skippedBefore,
                    boolean escalated) {

    Routine routine() {
        return progress.routine();
    }

    /** The first move: the one history records for the break. */
    Suggestion suggestion() {
        return routine().move(0).suggestion();
    }

    Duration remaining(Duration now) {
        Duration left = duration.minus(now.minus(start));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** What is left of the move on screen; the last move ends with the break. */
    Duration stepRemaining(Duration now) {
        Duration left = progress.nextChange(now).map(change -> change.minus(now)).orElse(remaining(now));
        Duration capped = left.compareTo(remaining(now)) > 0 ? remaining(now) : left;
        return capped.isNegative() ? Duration.ZERO : capped;
    }

    boolean over(Duration now) {
        return remaining(now).isZero();
    }

    Duration end() {
        return start.plus(duration);
    }

    RunningBreak asShown() {
        return new RunningBreak(kind, progress, start, duration, strict, postponesLeft, absorbed, true, shownStep,
                skippedBefore, escalated);
    }

    RunningBreak withProgress(RoutineProgress value, int step) {
        return new RunningBreak(kind, value, start, duration, strict, postponesLeft, absorbed, shown, step,
                skippedBefore, escalated);
    }
}
