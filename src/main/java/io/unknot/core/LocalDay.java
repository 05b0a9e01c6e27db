package io.unknot.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local calendar day an instant falls in, in the clock's zone, with the day's bounds remembered: the engine
 * asks on every tick, and time-zone rules are slow to consult.
 */
final class LocalDay {

    private final ZoneId zone;
    private LocalDate date;
    private Instant start;
    private Instant end;

    LocalDay(ZoneId zone, Instant now) {
        this.zone = zone;
        moveTo(now);
    }

    LocalDate dateOf(Instant instant) {
        if (instant.isBefore(start) || !instant.isBefore(end)) {
            moveTo(instant);
        }
        return date;
    }

    /** The midnight that ends the day of {@code instant} (a day may last 23 or 25 hours). */
    Instant nextMidnight(Instant instant) {
        dateOf(instant);
        return end;
    }

    private void moveTo(Instant instant) {
        date = LocalDate.ofInstant(instant, zone);
        start = date.atStartOfDay(zone).toInstant();
        end = date.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
