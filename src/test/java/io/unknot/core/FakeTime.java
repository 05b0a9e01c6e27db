package io.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A hand-driven wall clock and monotonic ticker for tests. {@link #advance} moves both; {@link #suspend} moves
 * only the wall clock (the monotonic ticker stops while a machine sleeps); {@link #setWall} jumps the wall clock.
 */
public final class FakeTime extends Clock implements Ticker {

    private final ZoneId zone;
    private Instant wall;
    private long nanos;

    public FakeTime(Instant start, ZoneId zone) {
        this.wall = start;
        this.zone = zone;
    }

    public static FakeTime at(String isoLocalDateTime, String zone) {
        ZoneId id = ZoneId.of(zone);
        return new FakeTime(java.time.LocalDateTime.parse(isoLocalDateTime).atZone(id).toInstant(), id);
    }

    public synchronized void advance(Duration d) {
        wall = wall.plus(d);
        nanos += d.toNanos();
    }

    public synchronized void suspend(Duration d) {
        wall = wall.plus(d);
    }

    public synchronized void setWall(Instant instant) {
        wall = instant;
    }

    @Override
    public synchronized long nanos() {
        return nanos;
    }

    @Override
    public synchronized Instant instant() {
        return wall;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("tests use one zone per FakeTime");
    }
}
