package io.unknot.ui.stats;

import io.unknot.i18n.Messages;

import java.time.Duration;

/** Durations as the statistics window shows them: "45 min", "5 h 12 min", "8 h", rounded to the minute. */
final class DurationText {

    private static final long MINUTES_PER_HOUR = 60;

    private DurationText() {
    }

    static String of(Messages texts, Duration d) {
        long minutes = Math.round(d.toMillis() / 60_000.0);
        if (minutes < MINUTES_PER_HOUR) {
            return texts.text("duration.minutes", minutes);
        }
        if (minutes % MINUTES_PER_HOUR == 0) {
            return texts.text("duration.hours", minutes / MINUTES_PER_HOUR);
        }
        return texts.text("duration.hoursMinutes", minutes / MINUTES_PER_HOUR, minutes % MINUTES_PER_HOUR);
    }
}
