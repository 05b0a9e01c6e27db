package io.unknot.core;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Holds one {@link BreakTimer} per kind and decides which break comes next.
 *
 * <ul>
 *   <li>Desk time feeds the micro, stretch and movement timers; driving time feeds the driving and movement
 *       timers (the movement timer is the day's sitting since the last movement break).</li>
 *   <li>When the stretch break comes due and the movement timer has reached its interval, the movement break is
 *       raised instead. With stretch breaks off, movement breaks come due on their own.</li>
 *   <li>A longer break due at the same moment as a shorter one, or within the warning lead after it, absorbs it:
 *       it is raised when the shorter one comes due.</li>
 *   <li>A break taken resets its own timer and those of every break no longer than it.</li>
 * </ul>
 */
final class BreakPlanner {

    /** The next break: what it is, how much more sitting until it, and which shorter breaks it stands in for. */
    record Plan(BreakKind kind, Duration in, Set<BreakKind> absorbed) {}

    private record Slot(BreakKind kind, Duration in, Set<BreakKind> absorbed) {}

    private static final Set<BreakKind> DESK_KINDS = EnumSet.of(BreakKind.MICRO, BreakKind.STRETCH,
            BreakKind.MOVEMENT);
    private static final Set<BreakKind> STRETCH_ONLY = Set.of(BreakKind.STRETCH);

    private final Map<BreakKind, BreakTimer> timers = new EnumMap<>(BreakKind.class);
    private Optional<BreakKind> warned = Optional.empty();

    BreakPlanner() {
        for (BreakKind kind : BreakKind.values()) {
            timers.put(kind, new BreakTimer());
        }
    }

    BreakTimer timer(BreakKind kind) {
        return timers.get(kind);
    }

    void addDesk(Duration time) {
        for (BreakKind kind : DESK_KINDS) {
            timers.get(kind).add(time);
        }
    }

    void addDriving(Duration time) {
        timers.get(BreakKind.DRIVING).add(time);
        timers.get(BreakKind.MOVEMENT).add(time);
    }

    /**
     * The next break of the desk ({@code driving} false) or of the road, if any kind is on.
     *
     * @param pending desk time that will count as sitting if the user goes on
     */
    Optional<Plan> plan(BreakSettings settings, boolean driving, Duration pending) {
        if (driving) {
            return settings.rule(BreakKind.DRIVING).enabled()
                    ? Optional.of(new Plan(BreakKind.DRIVING, remaining(settings, BreakKind.DRIVING, Duration.ZERO),
                    Set.of()))
                    : Optional.empty();
        }
        Optional<Slot> micro = settings.rule(BreakKind.MICRO).enabled()
                ? Optional.of(new Slot(BreakKind.MICRO, remaining(settings, BreakKind.MICRO, pending), Set.of()))
                : Optional.empty();
        Optional<Slot> longer = longerSlot(settings, pending);
        if (micro.isEmpty() || longer.isEmpty()) {
            return micro.or(() -> longer).map(s -> new Plan(s.kind(), s.in(), s.absorbed()));
        }
        Slot a = micro.get();
        Slot b = longer.get();
        Slot first = a.in().compareTo(b.in()) <= 0 ? a : b;
        Slot second = first == a ? b : a;
        if (second.in().compareTo(first.in().plus(settings.warningLead())) > 0) {
            return Optional.of(new Plan(first.kind(), first.in(), first.absorbed()));
        }
        // Both fall in one window: the longer break is raised when the first one comes due, in place of both.
        Slot chosen = longest(settings).compare(a, b) >= 0 ? a : b;
        Slot other = chosen == a ? b : a;
        Set<BreakKind> absorbed = EnumSet.of(other.kind());
        absorbed.addAll(a.absorbed());
        absorbed.addAll(b.absorbed());
        absorbed.remove(chosen.kind());
        return Optional.of(new Plan(chosen.kind(), first.in(), Set.copyOf(absorbed)));
    }

    /** The stretch break, or the movement break standing in for it or, with stretches off, coming on its own. */
    private Optional<Slot> longerSlot(BreakSettings settings, Duration pending) {
        boolean movement = settings.rule(BreakKind.MOVEMENT).enabled();
        if (settings.rule(BreakKind.STRETCH).enabled()) {
            Duration stretchIn = remaining(settings, BreakKind.STRETCH, pending);
            return Optional.of(movement && remaining(settings, BreakKind.MOVEMENT, pending).compareTo(stretchIn) <= 0
                    ? new Slot(BreakKind.MOVEMENT, stretchIn, STRETCH_ONLY)
                    : new Slot(BreakKind.STRETCH, stretchIn, Set.of()));
        }
        return movement
                ? Optional.of(new Slot(BreakKind.MOVEMENT, remaining(settings, BreakKind.MOVEMENT, pending), Set.of()))
                : Optional.empty();
    }

    private Duration remaining(BreakSettings settings, BreakKind kind, Duration pending) {
        return timers.get(kind).remaining(settings.rule(kind), pending);
    }

    private static Comparator<Slot> longest(BreakSettings settings) {
        return Comparator.<Slot, Duration>comparing(s -> settings.rule(s.kind()).duration())
                .thenComparing(Slot::kind);
    }

    /**
     * A break of {@code kind} was taken in place of the {@code absorbed} ones: its timer, theirs and those of every
     * break no longer than it restart (a movement break standing in for a stretch restarts both).
     */
    void taken(BreakSettings settings, BreakKind kind, Set<BreakKind> absorbed) {
        taken(settings, kind);
        absorbed.forEach(k -> timers.get(k).reset());
    }

    /** A break of {@code kind} was taken: its timer and those of every break no longer than it restart. */
    void taken(BreakSettings settings, BreakKind kind) {
        Duration length = settings.rule(kind).duration();
        for (BreakKind other : BreakKind.values()) {
            if (settings.rule(other).duration().compareTo(length) <= 0) {
                timers.get(other).reset();
            }
        }
        timers.get(kind).reset();
        warned = Optional.empty();
    }

    /** A break was skipped: only its own timer and the ones it stood in for restart. */
    void skipped(BreakKind kind, Set<BreakKind> absorbed) {
        timers.get(kind).reset();
        absorbed.forEach(k -> timers.get(k).reset());
        warned = Optional.empty();
    }

    /** A break was postponed: it, and the breaks it stood in for, come back after {@code by} more sitting. */
    void postponed(BreakKind kind, Set<BreakKind> absorbed, Duration by) {
        timers.get(kind).postpone(by);
        timers.get(kind).countPostpone();
        absorbed.forEach(k -> timers.get(k).postpone(by));
        warned = Optional.empty();
    }

    /**
     * A break was put off from its warning, before it came: it, and the breaks it stands in for, come {@code by}
     * of sitting later than they would have.
     */
    void postponedAhead(BreakSettings settings, BreakKind kind, Set<BreakKind> absorbed, Duration by) {
        timers.get(kind).postponeFromDue(settings.rule(kind), by);
        timers.get(kind).countPostpone();
        absorbed.forEach(k -> timers.get(k).postponeFromDue(settings.rule(k), by));
        warned = Optional.empty();
    }

    int postponesLeft(BreakSettings settings, BreakKind kind) {
        return timers.get(kind).postponesLeft(settings.rule(kind));
    }

    boolean warnedFor(BreakKind kind) {
        return warned.filter(kind::equals).isPresent();
    }

    void markWarned(BreakKind kind) {
        warned = Optional.of(kind);
    }

    void forgetWarning() {
        warned = Optional.empty();
    }
}
