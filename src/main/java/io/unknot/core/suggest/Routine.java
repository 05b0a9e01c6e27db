package io.unknot.core.suggest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The moves of one break, in the order they are shown. Each move runs for its own length; the lengths add up to
 * the break's length within {@link #TOLERANCE_PERCENT} %. Which move is on screen at a given moment is the engine's
 * business (it owns the clock); this is only the plan.
 */
public record Routine(List<Move> moves) {

    /** How far the moves' total may be off the break's length, in per cent of it. */
    public static final int TOLERANCE_PERCENT = 10;

    public Routine {
        moves = List.copyOf(moves);
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("a routine has at least one move");
        }
    }

    /** A routine of one move that lasts the whole break, whatever the move's own duration. */
    public static Routine single(Suggestion suggestion, Duration breakLength) {
        return new Routine(List.of(new Move(suggestion, breakLength)));
    }

    public int size() {
        return moves.size();
    }

    public Move move(int index) {
        return moves.get(index);
    }

    /** The moves' lengths added up. */
    public Duration total() {
        return moves.stream().map(Move::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether {@link #total()} is within {@link #TOLERANCE_PERCENT} % of {@code breakLength}. */
    public boolean fills(Duration breakLength) {
        long off = Math.abs(total().minus(breakLength).toMillis());
        return off * 100 <= breakLength.toMillis() * TOLERANCE_PERCENT;
    }

    /**
     * One move of a routine.
     *
     * @param suggestion what to do: title, steps, illustration and safety note
     * @param length     how long it is shown before the next one comes up
     */
    public record Move(Suggestion suggestion, Duration length) {

        public Move {
            Objects.requireNonNull(suggestion, "suggestion");
            if (length.isNegative()) {
                throw new IllegalArgumentException("a move cannot last less than nothing, was " + length);
            }
        }

        public String id() {
            return suggestion.id();
        }

        public String title() {
            return suggestion.title();
        }
    }
}
