package io.unknot.core;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What today held before this process started, as the history recorded it: handed to
 * {@link BreakEngine#carryOver} at start-up so today's totals, the sitting since the last break and the daily limit
 * go on where the previous run left them.
 *
 * @param day               the local day the figures belong to; they are ignored on any other day
 * @param desk              desk time recorded today
 * @param driving           driving time recorded today, drives logged by hand included
 * @param sittingSinceBreak sitting since the last break that ends a stretch, when it still goes on
 * @param limitReported     whether the daily limit was already announced today
 */
public record EarlierToday(LocalDate day, Duration desk, Duration driving, Duration sittingSinceBreak,
                           boolean limitReported) {

    public EarlierToday {
        Objects.requireNonNull(day, "day");
        BreakRule.requireNotNegative(desk, "desk");
        BreakRule.requireNotNegative(driving, "driving");
        BreakRule.requireNotNegative(sittingSinceBreak, "sitting since break");
    }
}
