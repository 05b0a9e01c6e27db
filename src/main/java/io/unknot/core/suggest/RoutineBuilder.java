package io.unknot.core.suggest;


import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Puts together the moves that fill one break, from moves the caller already filtered by the user's categories.
 * Which of several fitting moves comes next is the {@link Chooser}'s decision (body-area balance, focus area,
 * variety over the day); this class decides which moves may come next:
 * <ul>
 *   <li>micro: one move whose own duration fits the break;</li>
 *   <li>stretch: several moves, each for a body area not yet in the routine while any is left, none longer than
 *       half the break;</li>
 *   <li>movement: aerobic moves and stretches in turn, starting with an aerobic move; only stretches when no
 *       aerobic move is enabled;</li>
 *   <li>driving: a walk first, then roadside stretches for up to half the break; the walk takes the rest.</li>
 * </ul>
 * A move is never repeated within a routine, nor taken from the previous break (only a break that finds no other
 * move at all reuses one). A routine uses at most half of each pool, rounded up, so the next break always finds
 * fresh moves. Moves are added while the break has room for them; if they cannot fill the break to within
 * {@link Routine#TOLERANCE_PERCENT} %, every move is held proportionally longer (or shorter) so that they do.
 */
final class RoutineBuilder {

    /** Chooses one move of several that fit, and counts it as used today. */
    @FunctionalInterface
    interface Chooser {
        Suggestion choose(List<Suggestion> fitting);
    }

    /**
     * The moves a break may draw on, already limited to enabled categories where any fit.
     *
     * @param main   micro moves, stretches, roadside stretches (by kind)
     * @param extra  movement breaks: the aerobic moves; driving breaks: the walks; empty otherwise
     */
    record Pools(List<Suggestion> main, List<Suggestion> extra) {}

    private final Duration length;
    private final Duration tolerance;
    private final Set<String> previous;
    private final Chooser chooser;
    private final List<Routine.Move> moves = new ArrayList<>();
    private final Set<String> used = new HashSet<>();
    private final Set<BodyArea> areas = new HashSet<>();

    private RoutineBuilder(Duration length, Set<String> previous, Chooser chooser) {
        this.length = length;
        this.tolerance = length.multipliedBy(Routine.TOLERANCE_PERCENT).dividedBy(100);
        this.previous = previous;
        this.chooser = chooser;
    }

    /**
     * @param previous the ids of the previous break's moves, avoided while other moves fit
     */
    static Routine build(SuggestionNeed need, Duration length, Pools pools, Set<String> previous, Chooser chooser) {
        RoutineBuilder b = new RoutineBuilder(length, previous, chooser);
        switch (need) {
            case MICRO -> b.micro(pools.main());
            case STRETCH -> b.fill(pools.main(), length, length.dividedBy(2));
            case MOVEMENT -> b.movement(pools.extra(), pools.main());
            case DRIVING -> b.driving(pools.extra(), pools.main());
            default -> b.fill(pools.main(), length, length);
        }
        if (b.moves.isEmpty()) {
            List<Suggestion> any = new ArrayList<>(pools.main());
            any.addAll(pools.extra());
            if (any.isEmpty()) {
                throw new IllegalArgumentException("no move for " + need);
            }
            b.add(chooser.choose(any), length);
        }
        return b.fitted();
    }

    private void micro(List<Suggestion> pool) {
        Optional<Suggestion> fitting = choose(pool, s -> fits(s.duration(), length));
        if (fitting.isEmpty()) {
            Duration shortest = pool.stream().map(Suggestion::duration).min(Duration::compareTo).orElse(length);
            fitting = choose(pool, s -> s.duration().equals(shortest));
        }
        fitting.ifPresent(s -> add(s, length)); // the one move is shown for the whole break
    }

    private void movement(List<Suggestion> aerobic, List<Suggestion> stretches) {
        if (aerobic.isEmpty()) {
            fill(stretches, length, length.dividedBy(2));
            return;
        }
        Duration longest = length.multipliedBy(2).dividedBy(5);
        boolean aerobicTurn = true;
        while (!full()) {
            Optional<Suggestion> next = next(aerobicTurn ? aerobic : stretches, remaining(), longest);
            if (next.isEmpty()) {
                next = next(aerobicTurn ? stretches : aerobic, remaining(), longest);
            }
            if (next.isEmpty()) {
                return;
            }
            add(next.get(), next.get().duration());
            aerobicTurn = !aerobicTurn;
        }
    }

    private void driving(List<Suggestion> walks, List<Suggestion> stretches) {
        Optional<Suggestion> walk = choose(walks, s -> true);
        if (walk.isEmpty()) {
            fill(stretches, length, length.dividedBy(2));
            return;
        }
        Duration walkTime = walk.get().duration().compareTo(length.dividedBy(2)) > 0
                ? walk.get().duration() : length.dividedBy(2);
        add(walk.get(), walkTime);
        fill(stretches, length.minus(walkTime), length.dividedBy(2));
        // The walk is the part of a driving stop whose length is free: it takes whatever the stretches leave.
        moves.set(0, new Routine.Move(walk.get(), length.minus(total().minus(walkTime))));
    }

    /** Adds moves from {@code pool} while they fit into {@code budget} (counted from now). */
    private void fill(List<Suggestion> pool, Duration budget, Duration longest) {
        Duration end = total().plus(budget);
        while (end.minus(total()).compareTo(tolerance) > 0) {
            Optional<Suggestion> next = next(pool, end.minus(total()), longest);
            if (next.isEmpty()) {
                return;
            }
            add(next.get(), next.get().duration());
        }
    }

    /** A move that fits {@code room}, preferably no longer than {@code longest} and for a new body area. */
    private Optional<Suggestion> next(List<Suggestion> pool, Duration room, Duration longest) {
        Predicate<Suggestion> fitsRoom = s -> fits(s.duration(), room);
        Predicate<Suggestion> shortEnough = s -> s.duration().compareTo(longest) <= 0;
        Predicate<Suggestion> newArea = s -> !areas.contains(s.area());
        for (Predicate<Suggestion> rule : List.of(fitsRoom.and(shortEnough).and(newArea), fitsRoom.and(newArea),
                fitsRoom.and(shortEnough), fitsRoom)) {
            Optional<Suggestion> chosen = choose(pool, rule);
            if (chosen.isPresent()) {
                return chosen;
            }
        }
        return Optional.empty();
    }

    /** One of the pool's moves that pass {@code rule}, used neither in this routine nor in the previous break. */
    private Optional<Suggestion> choose(List<Suggestion> pool, Predicate<Suggestion> rule) {
        if (pool.stream().filter(s -> used.contains(s.id())).count() >= (pool.size() + 1) / 2) {
            return Optional.empty();
        }
        List<Suggestion> fresh = pool.stream()
                .filter(s -> !used.contains(s.id()) && !previous.contains(s.id())).filter(rule).toList();
        return fresh.isEmpty() ? Optional.empty() : Optional.of(chooser.choose(fresh));
    }

    private void add(Suggestion s, Duration shownFor) {
        moves.add(new Routine.Move(s, shownFor));
        used.add(s.id());
        areas.add(s.area());
    }

    /** Whether a move of {@code duration} fits {@code room}, allowing the tolerance. */
    private boolean fits(Duration duration, Duration room) {
        return duration.compareTo(room.plus(tolerance)) <= 0;
    }

    private boolean full() {
        return remaining().compareTo(tolerance) <= 0;
    }

    private Duration remaining() {
        return length.minus(total());
    }

    private Duration total() {
        return moves.stream().map(Routine.Move::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The routine, with every move scaled when the moves could not fill the break within the tolerance. */
    private Routine fitted() {
        Routine routine = new Routine(moves);
        if (routine.fills(length)) {
            return routine;
        }
        long totalMillis = routine.total().toMillis();
        List<Routine.Move> scaled = new ArrayList<>();
        Duration given = Duration.ZERO;
        for (int i = 0; i < moves.size(); i++) {
            Routine.Move m = moves.get(i);
            Duration shown = i == moves.size() - 1 ? length.minus(given)
                    : Duration.ofSeconds(Math.round(m.length().toMillis() * (double) length.toMillis()
                    / totalMillis / 1000.0));
            scaled.add(new Routine.Move(m.suggestion(), shown));
            given = given.plus(shown);
        }
        return new Routine(scaled);
    }
}
