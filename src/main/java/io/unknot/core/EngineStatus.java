package io.unknot.core;

import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of the engine for the tray, the status command and tests.
 *
 * @param sittingSinceBreak continuous sitting (desk or driving) since the last break or natural break; micro-breaks
 *                          are taken seated and do not end it
 * @param deskToday         active desk time since local midnight (the clock's zone)
 * @param drivingToday      driving time since local midnight
 * @param nextBreak         the next break that will be raised, if any is planned
 * @param currentBreak      the break on screen now, if any
 * @param driveLength       how long the current drive has lasted, when driving
 * @param idleDetection     false when the platform cannot report idle time (all time counts as active)
 */
public record EngineStatus(EngineState state, Instant at, Duration sittingSinceBreak, Duration deskToday,
                           Duration drivingToday, Optional<NextBreak> nextBreak, Optional<Instant> pausedUntil,
                           Optional<CurrentBreak> currentBreak, Optional<Duration> driveLength,
                           boolean deferred, boolean idleDetection) {

    public Duration sittingToday() {
        return deskToday.plus(drivingToday);
    }

    public boolean breakShowing() {
        return currentBreak.isPresent();
    }

    /** The next break and the sitting time until it (wall time too, if the user keeps sitting). */
    public record NextBreak(BreakKind kind, Duration in) {}

    /**
     * The break now running: what to do, how long is left and what the user may do about it.
     *
     * @param suggestion    the move on screen now
     * @param routine       all moves of the break, in order
     * @param step          the index in {@code routine} of the move on screen now
     * @param stepRemaining what is left of that move (the last move ends with the break)
     * @param skippedBefore skipped, postponed or ignored breaks in a row before this one
     * @param escalated     too many of those: the break is harder to dismiss
     */
    public record CurrentBreak(BreakKind kind, Suggestion suggestion, Duration remaining, int postponesLeft,
                               boolean strict, Routine routine, int step, Duration stepRemaining,
                               int skippedBefore, boolean escalated) {

        /** A break of one move, not escalated. */
        public CurrentBreak(BreakKind kind, Suggestion suggestion, Duration remaining, int postponesLeft,
                            boolean strict) {
            this(kind, suggestion, remaining, postponesLeft, strict, Routine.single(suggestion, remaining), 0,
                    remaining, 0, false);
        }
    }
}
