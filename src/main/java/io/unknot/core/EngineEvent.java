package io.unknot.core;

import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.time.Instant;

/** What the engine tells the world. Every event carries the wall-clock moment it happened. */
public sealed interface EngineEvent {

    Instant at();

    /** A break of this kind is due in {@code in} (of further sitting). */
    record BreakWarning(Instant at, BreakKind kind, Duration in) implements EngineEvent {}

    /**
     * A break starts now (state becomes ON_BREAK); the UI opens the break window.
     *
     * @param suggestion    the routine's first move
     * @param routine       the moves to walk the user through, filling {@code duration}
     * @param skippedBefore skipped, postponed or ignored breaks in a row before this one
     * @param escalated     too many of those: say so kindly and make this break harder to dismiss
     */
    record BreakDue(Instant at, BreakKind kind, Suggestion suggestion, Duration duration, boolean strict,
                    int postponesLeft, Routine routine, int skippedBefore, boolean escalated)
            implements EngineEvent {

        /** A break of one move, not escalated. */
        public BreakDue(Instant at, BreakKind kind, Suggestion suggestion, Duration duration, boolean strict,
                        int postponesLeft) {
            this(at, kind, suggestion, duration, strict, postponesLeft, Routine.single(suggestion, duration), 0,
                    false);
        }
    }

    /**
     * The break about to be raised comes after {@code skippedBefore} skipped, postponed or ignored breaks in a row,
     * at least the number the user set: it is escalated. Sent just before its {@link BreakDue}.
     */
    record BreakEscalated(Instant at, BreakKind kind, int skippedBefore) implements EngineEvent {}

    /**
     * The move on screen changed: its time ran out, or the user asked for the next one. Not sent for the first
     * move, which {@link BreakDue} announces.
     *
     * @param step the index of the move now shown in the break's routine
     */
    record BreakStepChanged(Instant at, BreakKind kind, int step, Routine.Move move) implements EngineEvent {}

    /** The UI confirmed the break window is on screen. */
    record BreakShown(Instant at, BreakKind kind) implements EngineEvent {}

    /**
     * The break ran its course or the user pressed Done.
     *
     * @param ignored        the user kept typing or moving the mouse all through it: it ended but was not taken
     * @param escalatedAfter for an escalated break, the skipped, postponed or ignored breaks in a row before it;
     *                       0 for a break that was not escalated (the same in the other outcomes)
     */
    record BreakCompleted(Instant at, BreakKind kind, Suggestion suggestion, boolean ignored, int escalatedAfter)
            implements EngineEvent {

        /** A break that was taken, not escalated. */
        public BreakCompleted(Instant at, BreakKind kind, Suggestion suggestion) {
            this(at, kind, suggestion, false, 0);
        }
    }

    /** A break on screen, or from its warning the break about to come, was put off {@code by} further sitting. */
    record BreakPostponed(Instant at, BreakKind kind, Duration by, int postponesLeft, int escalatedAfter)
            implements EngineEvent {

        /** Not an escalated break. */
        public BreakPostponed(Instant at, BreakKind kind, Duration by, int postponesLeft) {
            this(at, kind, by, postponesLeft, 0);
        }
    }

    record BreakSkipped(Instant at, BreakKind kind, int escalatedAfter) implements EngineEvent {}

    /**
     * The user was away from the keyboard (or the machine slept) at least as long as the break lasts; only sent
     * for breaks that are on and had sitting time to reset. {@code away} is the idle stretch seen so far.
     */
    record BreakTakenNaturally(Instant at, BreakKind kind, Duration away) implements EngineEvent {}

    record DriveStarted(Instant at) implements EngineEvent {}

    /** A drive ended; {@code stretch} is the short post-drive stretch to suggest. */
    record DriveEnded(Instant at, Duration length, Suggestion stretch) implements EngineEvent {}

    /** Desk plus driving time today passed the daily limit; {@code rest} is the suggestion to show. */
    record DailyLimitReached(Instant at, Duration sittingToday, Suggestion rest) implements EngineEvent {}

    record StateChanged(Instant at, EngineState from, EngineState to) implements EngineEvent {}

    /**
     * A span of sitting was accounted, at most one minute long and never crossing a minute boundary,
     * so history can store one row per minute of desk or driving time. {@code at} is where the span ends, so it
     * started at {@code at.minus(length)}. Desk time is reported once it is certain (input came before the idle
     * threshold), so it may arrive a few seconds after it happened.
     */
    record TimeAccrued(Instant at, Activity activity, Duration length) implements EngineEvent {}
}
