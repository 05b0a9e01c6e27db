package io.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The engine's own time line. Durations come from the monotonic {@link Ticker}; the wall {@link Clock} only places
 * them in the calendar. Engine time is a {@link Duration} since the engine started that never runs backwards.
 *
 * <p>When the wall clock moves forward much further than the ticker between two steps, the machine was asleep
 * (the ticker stops during suspend): that gap is added to engine time as {@link Step#suspended()}. A manual clock
 * change forward looks exactly the same and is treated the same way. A wall clock moving backwards, or less than
 * {@link #SUSPEND_TOLERANCE} ahead, is ignored: only the ticker counts.
 */
final class TimeBase {

    /** How far the wall clock may run ahead of the ticker before the difference counts as a suspend. */
    static final Duration SUSPEND_TOLERANCE = Duration.ofSeconds(5);

    /**
     * One advance of engine time: first {@code suspended} (time asleep), then {@code running}, ending at
     * engine time {@code end} and wall time {@code wall}.
     */
    record Step(Duration running, Duration suspended, Duration end, Instant wall) {

        Duration start() {
            return end.minus(running).minus(suspended);
        }

        /** Where the suspended part ends and the running part begins. */
        Duration resumedAt() {
            return start().plus(suspended);
        }

        Duration length() {
            return running.plus(suspended);
        }

        /** The same step spent wholly asleep: the system said it was going to sleep, so nothing ran for the user. */
        Step asleep() {
            return new Step(Duration.ZERO, length(), end, wall);
        }
    }

    private final Clock clock;
    private final Ticker ticker;
    private long lastNanos;
    private Instant lastWall;
    private Duration now = Duration.ZERO;

    TimeBase(Clock clock, Ticker ticker) {
        this.clock = clock;
        this.ticker = ticker;
        this.lastNanos = ticker.nanos();
        this.lastWall = clock.instant();
    }

    Step advance() {
        long nanos = ticker.nanos();
        Instant wall = clock.instant();
        Duration running = Duration.ofNanos(Math.max(0, nanos - lastNanos));
        Duration ahead = Duration.between(lastWall, wall).minus(running);
        Duration suspended = ahead.compareTo(SUSPEND_TOLERANCE) > 0 ? ahead : Duration.ZERO;
        lastNanos = Math.max(lastNanos, nanos);
        lastWall = wall;
        now = now.plus(suspended).plus(running);
        return new Step(running, suspended, now, wall);
    }

    /** Engine time at the last step. */
    Duration now() {
        return now;
    }

    /** Wall time at the last step. */
    Instant wall() {
        return lastWall;
    }

    /** Monotonic time passed since the last step, without taking a step. */
    Duration sinceLastStep() {
        return Duration.ofNanos(Math.max(0, ticker.nanos() - lastNanos));
    }

    /** The wall moment of engine time {@code t}, placed relative to the last step. */
    Instant wallAt(Duration t) {
        return lastWall.minus(now.minus(t));
    }

    Clock clock() {
        return clock;
    }
}
