package io.unknot.core;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the engine over many generated days: random settings, a random mix of typing, idling, drives,
 * suspends, clock jumps, pauses and presentations, and a user who takes, postpones, finishes or skips breaks.
 */
class EnginePropertiesTest {

    /**
     * How late a break may come, measured in counted sitting: a wake-up is never planned sooner than a second
     * after a tick, and a user coming back from idle counts as back only once input went on for a second.
     */
    private static final Duration LATENESS = BreakEngine.MIN_WAKE_DELAY.plus(ActivityTracker.RETURN_CONFIRMATION);

    @Property(tries = 80)
    void breaksKeepEveryRuleOverAnyDay(@ForAll("days") DayPlan plan) {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").settings(s -> plan.settings())
                .user(Scenario.User.MIXED).start();
        Invariants check = new Invariants(day, plan.settings(), plan.hasDeferral());
        day.engine().addListener(check);

        for (Segment segment : plan.segments()) {
            segment.play(day);
            check.status(day.engine().status());
        }

        // The generated days must really exercise the rules, not pass by raising nothing.
        Statistics.label("breaks raised").collect(check.breaksSeen() > 0);
        Statistics.label("drives").collect(check.drivesSeen() > 0);
        Statistics.label("breaks raised").coverage(c -> c.check(true).percentage(p -> p > 50));
        Statistics.label("drives").coverage(c -> c.check(true).percentage(p -> p > 20));
    }

    // ---- the invariants ----

    /** Follows the event stream like a client would and checks each break as it is raised. */
    static final class Invariants implements EngineListener {

        private final Scenario day;
        private final BreakSettings settings;
        private final boolean deferrals;
        private final Map<BreakKind, Duration> counted = new EnumMap<>(BreakKind.class);
        private final EnumSet<BreakKind> unknown = EnumSet.noneOf(BreakKind.class);
        /** Kinds whose time ran on during a drive, when only the driving break may be raised. */
        private final EnumSet<BreakKind> heldByDrive = EnumSet.noneOf(BreakKind.class);
        private EngineState state;
        private boolean onBreak;
        /** The stretch a movement break stands in for (the engine resets or moves it with the movement). */
        private EnumSet<BreakKind> standsFor = EnumSet.noneOf(BreakKind.class);
        private boolean driving;
        private int breaks;
        private int drives;

        Invariants(Scenario day, BreakSettings settings, boolean deferrals) {
            this.day = day;
            this.settings = settings;
            this.deferrals = deferrals;
            this.state = day.status().state();
            for (BreakKind kind : BreakKind.values()) {
                counted.put(kind, Duration.ZERO);
            }
        }

        int breaksSeen() {
            return breaks;
        }

        int drivesSeen() {
            return drives;
        }

        @Override
        public void onEvent(EngineEvent e) {
            TimeChangeTest.hasNoNegativeDuration(e);
            if (e instanceof EngineEvent.StateChanged s) {
                assertThat(s.from()).as("state change from the state we saw").isEqualTo(state);
                state = s.to();
            } else if (e instanceof EngineEvent.TimeAccrued t) {
                accrue(t);
            } else if (e instanceof EngineEvent.BreakWarning w) {
                assertThat(w.in()).isPositive().isLessThanOrEqualTo(settings.warningLead());
                assertThat(state).as("warned at %s", e.at()).isIn(EngineState.ACTIVE, EngineState.DRIVING);
            } else if (e instanceof EngineEvent.BreakDue d) {
                due(d);
            } else if (e instanceof EngineEvent.BreakCompleted c) {
                ended();
                taken(c.kind());
                standsFor.forEach(this::restart);
            } else if (e instanceof EngineEvent.BreakTakenNaturally n) {
                assertThat(driving).as("no natural break while driving").isFalse();
                taken(n.kind());
            } else if (e instanceof EngineEvent.BreakSkipped s) {
                ended();
                forget(s.kind());
                restart(s.kind());
                standsFor.forEach(this::restart);
            } else if (e instanceof EngineEvent.BreakPostponed p) {
                ended();
                forget(p.kind());
                unknown.addAll(standsFor);
            } else if (e instanceof EngineEvent.DriveStarted) {
                driving = true;
                drives++;
            } else if (e instanceof EngineEvent.DriveEnded) {
                driving = false;
            }
        }

        void status(EngineStatus status) {
            assertThat(status.state()).isEqualTo(state);
            assertThat(status.breakShowing()).isEqualTo(onBreak);
            assertThat(status.deskToday()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(status.sittingSinceBreak()).isGreaterThanOrEqualTo(Duration.ZERO);
            status.nextBreak().ifPresent(n -> assertThat(n.in()).isGreaterThanOrEqualTo(Duration.ZERO));
            status.currentBreak().ifPresent(c -> assertThat(c.remaining()).isBetween(Duration.ZERO,
                    settings.rule(c.kind()).duration()));
        }

        private void accrue(EngineEvent.TimeAccrued t) {
            if (t.activity() == Activity.DESK && (state == EngineState.ACTIVE || state == EngineState.IDLE)) {
                add(t.length(), BreakKind.MICRO, BreakKind.STRETCH, BreakKind.MOVEMENT);
            } else if (t.activity() == Activity.DRIVING && state == EngineState.DRIVING) {
                add(t.length(), BreakKind.DRIVING, BreakKind.MOVEMENT);
                heldByDrive.add(BreakKind.MOVEMENT);
            }
        }

        private void due(EngineEvent.BreakDue d) {
            String at = day.line(d);
            assertThat(onBreak).as("two breaks at once: %s", at).isFalse();
            assertThat(state).as("break while %s: %s", state, at)
                    .isNotIn(EngineState.PAUSED, EngineState.OFF_HOURS, EngineState.ON_BREAK);
            assertThat(d.kind() == BreakKind.DRIVING).as("driving breaks on the road only: %s", at)
                    .isEqualTo(driving);
            Duration lead = settings.warningLead();
            switch (d.kind()) {
                case MICRO, DRIVING -> bounds(at, d.kind(), Duration.ZERO);
                case STRETCH -> bounds(at, BreakKind.STRETCH, lead);
                case MOVEMENT -> {
                    atLeast(at, BreakKind.MOVEMENT, lead);
                    if (settings.rule(BreakKind.STRETCH).enabled()) {
                        bounds(at, BreakKind.STRETCH, lead);
                    } else {
                        bounds(at, BreakKind.MOVEMENT, lead);
                    }
                }
            }
            onBreak = true;
            standsFor = d.kind() == BreakKind.MOVEMENT && settings.rule(BreakKind.STRETCH).enabled()
                    ? EnumSet.of(BreakKind.STRETCH) : EnumSet.noneOf(BreakKind.class);
            breaks++;
        }

        /**
         * Counted sitting lies within [interval - early, interval + LATENESS], to the second; a movement break
         * that came due on the road is raised when the drive ends, so it has no upper bound.
         */
        private void bounds(String at, BreakKind kind, Duration early) {
            atLeast(at, kind, early);
            if (!unknown.contains(kind) && !heldByDrive.contains(kind) && !deferrals) {
                assertThat(counted.get(kind)).as("%s came late (%s counted)", at, kind)
                        .isLessThanOrEqualTo(settings.rule(kind).interval().plus(LATENESS));
            }
        }

        private void atLeast(String at, BreakKind kind, Duration early) {
            if (!unknown.contains(kind)) {
                assertThat(counted.get(kind)).as("%s came early (%s counted)", at, kind)
                        .isGreaterThanOrEqualTo(settings.rule(kind).interval().minus(early));
            }
        }

        private void ended() {
            assertThat(onBreak).as("a break ended that was not on screen").isTrue();
            onBreak = false;
        }

        private void taken(BreakKind kind) {
            Duration length = settings.rule(kind).duration();
            for (BreakKind other : BreakKind.values()) {
                if (settings.rule(other).duration().compareTo(length) <= 0) {
                    restart(other);
                }
            }
        }

        private void restart(BreakKind kind) {
            counted.put(kind, Duration.ZERO);
            unknown.remove(kind);
            heldByDrive.remove(kind);
        }

        /** After a postpone or a skip the breaks it stood for move in ways the events do not show. */
        private void forget(BreakKind kind) {
            Duration length = settings.rule(kind).duration();
            for (BreakKind other : BreakKind.values()) {
                if (settings.rule(other).duration().compareTo(length) <= 0) {
                    unknown.add(other);
                }
            }
        }

        private void add(Duration length, BreakKind... kinds) {
            for (BreakKind kind : kinds) {
                counted.merge(kind, length, Duration::plus);
            }
        }
    }

    // ---- generated days ----

    record DayPlan(BreakSettings settings, List<Segment> segments) {
        boolean hasDeferral() {
            return segments.stream().anyMatch(s -> s instanceof Defer);
        }
    }

    sealed interface Segment permits Timed, Blip, PauseResume, Defer {
        void play(Scenario day);
    }

    /** What the user or the machine does for a while in a generated day. */
    enum Step {
        ACTIVE(Scenario::active), AWAY(Scenario::away), DRIVE(Scenario::drive), SUSPEND(Scenario::suspend),
        CLOCK_JUMP(Scenario::clockMovedBy), PAUSE_FOR(Scenario::pauseFor);

        private final BiConsumer<Scenario, Duration> action;

        Step(BiConsumer<Scenario, Duration> action) {
            this.action = action;
        }
    }

    /** One step lasting {@code seconds} (for a clock jump: moving the clock by that much, back when negative). */
    record Timed(Step step, int seconds) implements Segment {
        public void play(Scenario day) {
            step.action.accept(day, Duration.ofSeconds(seconds));
        }
    }

    record Blip() implements Segment {
        public void play(Scenario day) {
            day.blip();
        }
    }

    /** Paused until resumed, with some typing in between. */
    record PauseResume(int seconds) implements Segment {
        public void play(Scenario day) {
            day.pauseIndefinitely().active(Duration.ofSeconds(seconds)).resume();
        }
    }

    record Defer(boolean on) implements Segment {
        public void play(Scenario day) {
            day.deferred(on);
        }
    }

    @Provide
    Arbitrary<DayPlan> days() {
        @SuppressWarnings("unchecked")
        Arbitrary<Segment> segment = Arbitraries.frequencyOf(
                Tuple.of(10, seconds(1, 45 * 60).map(n -> new Timed(Step.ACTIVE, n))),
                Tuple.of(4, seconds(1, 60).map(n -> new Timed(Step.AWAY, n))),
                Tuple.of(3, seconds(60, 40 * 60).map(n -> new Timed(Step.AWAY, n))),
                Tuple.of(1, Arbitraries.just(new Blip())),
                Tuple.of(2, seconds(60, 130 * 60).map(n -> new Timed(Step.DRIVE, n))),
                Tuple.of(2, seconds(1, 14 * 3600).map(n -> new Timed(Step.SUSPEND, n))),
                Tuple.of(2, seconds(-3 * 3600, 3 * 3600).map(n -> new Timed(Step.CLOCK_JUMP, n))),
                Tuple.of(1, seconds(60, 3600).map(n -> new Timed(Step.PAUSE_FOR, n))),
                Tuple.of(1, seconds(1, 20 * 60).map(PauseResume::new)),
                Tuple.of(1, Arbitraries.of(true, false).map(Defer::new)));
        return Combinators.combine(settings(), segment.list().ofMinSize(3).ofMaxSize(12)).as(DayPlan::new);
    }

    private Arbitrary<BreakSettings> settings() {
        Arbitrary<BreakRule> micro = rule(2, 20, 10, 60);
        Arbitrary<BreakRule> stretch = rule(10, 60, 60, 300);
        Arbitrary<BreakRule> movement = rule(30, 150, 60, 600);
        Arbitrary<BreakRule> driving = rule(30, 150, 300, 1200);
        Arbitrary<WorkingHours> hours = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.integers().between(5, 9), Arbitraries.integers().between(13, 23))
                .as((on, start, end) -> new WorkingHours(on, EnumSet.allOf(DayOfWeek.class), LocalTime.of(start, 0),
                        LocalTime.of(end, 0)));
        Arbitrary<Duration> lead = Arbitraries.integers().between(0, 60).map(Duration::ofSeconds);
        Arbitrary<Duration> threshold = Arbitraries.integers().between(5, 30).map(Duration::ofSeconds);
        Arbitrary<Boolean> fixed = Arbitraries.of(false, false, false, true);
        Arbitrary<Map<BreakKind, BreakRule>> rules = Combinators.combine(micro, stretch, movement, driving)
                .as((m, s, v, d) -> Map.of(BreakKind.MICRO, m, BreakKind.STRETCH, s, BreakKind.MOVEMENT, v,
                        BreakKind.DRIVING, d));
        return Combinators.combine(rules, lead, threshold, fixed, hours, Arbitraries.integers().between(1, 10))
                .as((r, l, t, f, h, limitHours) -> new BreakSettings(r, l, t, f, h, Duration.ofHours(limitHours),
                        Duration.ofMinutes(30)));
    }

    /** Uniform, so that long stretches of sitting are as likely as short ones. */
    private static Arbitrary<Integer> seconds(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<BreakRule> rule(int minMinutes, int maxMinutes, int minSeconds, int maxSeconds) {
        return Combinators.combine(Arbitraries.of(true, true, true, false),
                        Arbitraries.integers().between(minMinutes, maxMinutes),
                        Arbitraries.integers().between(minSeconds, maxSeconds),
                        Arbitraries.integers().between(1, 10), Arbitraries.integers().between(0, 3),
                        Arbitraries.of(false, false, true))
                .as((on, interval, duration, postpone, limit, strict) -> new BreakRule(on,
                        Duration.ofMinutes(interval), Duration.ofSeconds(duration), Duration.ofMinutes(postpone), limit,
                        strict));
    }
}
