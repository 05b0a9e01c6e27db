package io.unknot.scheduling;

import io.unknot.core.BreakEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;

/**
 * Drives a {@link BreakEngine}: a heartbeat that samples activity, and a one-shot "next due" moment set to
 * {@link BreakEngine#nextWakeUp()} after every tick, so warnings and breaks fire on time between beats. The timers
 * come from a {@link TriggerSource}: Quartz in the app ({@link QuartzTriggers}).
 */
public final class EngineDriver {

    /** Activity is never sampled faster than this. */
    public static final Duration MIN_HEARTBEAT = Duration.ofSeconds(1);

    /** Nor slower than this, so the tray's figures never lag far behind. */
    public static final Duration MAX_HEARTBEAT = Duration.ofSeconds(15);

    private static final Logger LOG = LoggerFactory.getLogger(EngineDriver.class);

    private final BreakEngine engine;
    private final TriggerSource triggers;
    private Duration heartbeat;
    private boolean started;

    public EngineDriver(BreakEngine engine, Duration heartbeat) {
        this(engine, heartbeat, new QuartzTriggers());
    }

    EngineDriver(BreakEngine engine, Duration heartbeat, TriggerSource triggers) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.heartbeat = checked(heartbeat);
        this.triggers = Objects.requireNonNull(triggers, "triggers");
    }

    /**
     * The heartbeat for an idle threshold: two samples per threshold. The engine tells a busy user from an absent
     * one only by the gap between the last inputs that two samples report, so a beat as long as the threshold
     * would count steady typing as idle stretches (and raise no break at all). Within
     * {@link #MIN_HEARTBEAT}..{@link #MAX_HEARTBEAT}.
     */
    public static Duration heartbeatFor(Duration idleThreshold) {
        Duration half = idleThreshold.dividedBy(2);
        if (half.compareTo(MIN_HEARTBEAT) < 0) {
            return MIN_HEARTBEAT;
        }
        return half.compareTo(MAX_HEARTBEAT) > 0 ? MAX_HEARTBEAT : half;
    }

    /** Starts the heartbeat; the first tick happens at once. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        triggers.start(heartbeat, this::beat);
        started = true;
    }

    /** Samples at a new rate (the idle threshold changed); the first new beat comes one new interval from now. */
    public synchronized void setHeartbeat(Duration value) {
        if (checked(value).equals(heartbeat)) {
            return;
        }
        heartbeat = value;
        if (started) {
            triggers.setHeartbeat(value);
        }
    }

    /** Stops the timers without waiting for a running tick, so it can be called from a listener too. */
    public synchronized void stop() {
        triggers.stop();
        started = false;
    }

    /** Ticks now on the calling thread and re-plans the next-due moment. Call after every command or change. */
    public void wake() {
        engine.tick();
        replan();
    }

    private void beat() {
        try {
            engine.tick();
        } catch (RuntimeException e) {
            LOG.error("Engine tick failed", e);
        }
        replan();
    }

    /** Points the one-shot next-due moment at the engine's next wake-up. */
    private synchronized void replan() {
        if (started) {
            triggers.planAt(engine.nextWakeUp());
        }
    }

    private static Duration checked(Duration heartbeat) {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.compareTo(MIN_HEARTBEAT) < 0) {
            throw new IllegalArgumentException("heartbeat must be at least " + MIN_HEARTBEAT + ", was " + heartbeat);
        }
        return heartbeat;
    }
}
