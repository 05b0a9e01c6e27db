package io.unknot.core;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Today's desk and driving time, "today" being the local calendar day in the clock's zone. The day only moves
 * forward: when the clock is set back across midnight, time keeps counting towards the later day rather than
 * restarting an earlier one.
 */
final class DayTotals {

    private LocalDate day;
    private Duration desk = Duration.ZERO;
    private Duration driving = Duration.ZERO;
    private boolean limitReported;

    DayTotals(LocalDate today) {
        this.day = today;
    }

    /** Starts a new day when {@code today} is later than the day being counted. */
    void rollTo(LocalDate today) {
        if (today.isAfter(day)) {
            day = today;
            desk = Duration.ZERO;
            driving = Duration.ZERO;
            limitReported = false;
        }
    }

    /** Adds sitting that happened on {@code date}; time of an earlier day only reaches the history. */
    void add(Activity activity, LocalDate date, Duration length) {
        rollTo(date);
        if (!date.equals(day)) {
            return;
        }
        if (activity == Activity.DESK) {
            desk = desk.plus(length);
        } else {
            driving = driving.plus(length);
        }
    }

    /** Adds what an earlier run recorded today; figures of another day are ignored. */
    void carryOver(EarlierToday earlier) {
        if (!earlier.day().equals(day)) {
            return;
        }
        desk = desk.plus(earlier.desk());
        driving = driving.plus(earlier.driving());
        limitReported |= earlier.limitReported();
    }

    LocalDate day() {
        return day;
    }

    Duration desk() {
        return desk;
    }

    Duration driving() {
        return driving;
    }

    Duration sitting() {
        return desk.plus(driving);
    }

    /** True once per day, when today's sitting first reaches {@code limit}. */
    boolean limitJustReached(Duration limit) {
        return !limitReported && sitting().compareTo(limit) >= 0;
    }

    void markLimitReported() {
        limitReported = true;
    }

    boolean limitReported() {
        return limitReported;
    }
}
