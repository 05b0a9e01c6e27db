package io.unknot.core;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * Days and hours in which breaks may be raised. Outside them Unknot stays quiet.
 * When {@code enabled} is false every moment counts as working time.
 */
public record WorkingHours(boolean enabled, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public WorkingHours {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /** True when {@code time} lies inside the working hours (start inclusive, end exclusive). */
    public boolean contains(ZonedDateTime time) {
        if (!enabled) {
            return true;
        }
        LocalTime t = time.toLocalTime();
        boolean inHours = start.isBefore(end)
                ? !t.isBefore(start) && t.isBefore(end)
                : !t.isBefore(start) || t.isBefore(end); // a span across midnight
        return days.contains(time.getDayOfWeek()) && inHours;
    }
}
