package io.unknot.core;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Calendar questions about working hours: the next boundary, and where "until tomorrow" ends. */
final class WorkingCalendar {

    /** Far enough ahead to find a boundary on any weekly schedule. */
    private static final int DAYS_AHEAD = 8;

    private WorkingCalendar() {
    }

    /**
     * The next moment after {@code now} at which being inside working hours may change: a start, an end, or a
     * midnight (where the day of the week changes), if working hours are on.
     */
    static Optional<ZonedDateTime> nextBoundary(WorkingHours hours, ZonedDateTime now) {
        if (!hours.enabled() || hours.days().isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = now.toLocalDate();
        ZonedDateTime best = nextMidnight(now);
        for (int d = -1; d <= DAYS_AHEAD; d++) {
            LocalDate date = today.plusDays(d);
            for (LocalTime time : new LocalTime[] {hours.start(), hours.end()}) {
                ZonedDateTime candidate = date.atTime(time).atZone(now.getZone());
                if (candidate.isAfter(now) && candidate.isBefore(best)) {
                    best = candidate;
                }
            }
        }
        return Optional.of(best);
    }

    /** Where "until tomorrow" ends: the first working-hours start on a later day, or else the next midnight. */
    static ZonedDateTime tomorrow(WorkingHours hours, ZonedDateTime now) {
        LocalDate today = now.toLocalDate();
        if (hours.enabled() && !hours.days().isEmpty()) {
            for (int d = 1; d <= DAYS_AHEAD; d++) {
                LocalDate date = today.plusDays(d);
                if (hours.days().contains(date.getDayOfWeek())) {
                    return date.atTime(hours.start()).atZone(now.getZone());
                }
            }
        }
        return nextMidnight(now);
    }

    private static ZonedDateTime nextMidnight(ZonedDateTime now) {
        ZoneId zone = now.getZone();
        return now.toLocalDate().plusDays(1).atStartOfDay(zone);
    }
}
