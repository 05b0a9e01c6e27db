package io.unknot.core;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Whether a moment lies inside working hours, remembered until the next boundary: between two boundaries the
 * answer cannot change, and the engine asks on every tick.
 */
final class WorkingTime {

    private final ZoneId zone;
    private WorkingHours hours;
    private Instant validFrom = Instant.MAX;
    private Optional<Instant> validUntil = Optional.empty();
    private boolean inside;

    WorkingTime(ZoneId zone, WorkingHours hours) {
        this.zone = zone;
        this.hours = hours;
    }

    void use(WorkingHours value) {
        if (!value.equals(hours)) {
            hours = value;
            validFrom = Instant.MAX;
        }
    }

    boolean inside(Instant now) {
        refresh(now);
        return inside;
    }

    /** The next moment at which {@link #inside} may change; empty when working hours are off. */
    Optional<Instant> nextBoundary(Instant now) {
        refresh(now);
        return validUntil;
    }

    private void refresh(Instant now) {
        if (!hours.enabled()) {
            inside = true;
            validUntil = Optional.empty();
            return;
        }
        if (now.isBefore(validFrom) || validUntil.filter(end -> !now.isBefore(end)).isPresent()) {
            inside = hours.contains(now.atZone(zone));
            validFrom = now;
            validUntil = WorkingCalendar.nextBoundary(hours, now.atZone(zone)).map(b -> b.toInstant());
        }
    }
}
