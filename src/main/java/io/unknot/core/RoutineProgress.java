package io.unknot.core;

import io.unknot.core.suggest.Routine;

import java.time.Duration;
import java.util.Optional;

/**
 * Which move of a break's routine is on screen, worked out from engine time rather than counted, so it is right
 * after any gap between ticks. Moves follow each other by their lengths from an anchor: the break's start, or the
 * moment the user last asked for the next move. The last move lasts until the break ends.
 *
 * @param anchorStep the move that started at {@code anchorAt}
 * @param anchorAt   engine time at which {@code anchorStep} started
 */
record RoutineProgress(Routine routine, int anchorStep, Duration anchorAt) {

    static RoutineProgress startingAt(Routine routine, Duration start) {
        return new RoutineProgress(routine, 0, start);
    }

    int stepAt(Duration now) {
        return position(now).step();
    }

    /** When the move on screen at {@code now} gives way to the next; empty on the last move. */
    Optional<Duration> nextChange(Duration now) {
        Position p = position(now);
        return p.step() == routine.size() - 1
                ? Optional.empty() : Optional.of(p.start().plus(routine.move(p.step()).length()));
    }

    /** The progress with the move on screen cut short at {@code now}; unchanged on the last move. */
    RoutineProgress skipAt(Duration now) {
        int step = stepAt(now);
        return step == routine.size() - 1 ? this : new RoutineProgress(routine, step + 1, now);
    }

    private Position position(Duration now) {
        int step = anchorStep;
        Duration start = anchorAt;
        while (step < routine.size() - 1) {
            Duration end = start.plus(routine.move(step).length());
            if (now.compareTo(end) < 0) {
                break;
            }
            start = end;
            step++;
        }
        return new Position(step, start);
    }

    private record Position(int step, Duration start) {}
}
