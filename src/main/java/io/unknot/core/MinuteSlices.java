package io.unknot.core;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;

/** Cuts a span of wall time at minute boundaries, so history can keep one row per minute. */
final class MinuteSlices {

    private static final long SECONDS_PER_MINUTE = 60;

    private MinuteSlices() {
    }

    /** Calls {@code slice} with the end and length of each piece of {@code [start, start + length)}, in order. */
    static void cut(Instant start, Duration length, BiConsumer<Instant, Duration> slice) {
        Instant end = start.plus(length);
        Instant from = start;
        while (from.isBefore(end)) {
            Instant boundary = Instant.ofEpochSecond(Math.floorDiv(from.getEpochSecond(), SECONDS_PER_MINUTE)
                    * SECONDS_PER_MINUTE + SECONDS_PER_MINUTE);
            Instant to = boundary.isBefore(end) ? boundary : end;
            slice.accept(to, Duration.between(from, to));
            from = to;
        }
    }
}
