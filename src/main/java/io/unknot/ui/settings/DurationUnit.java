package io.unknot.ui.settings;

import java.time.Duration;
import java.util.Locale;

/** The natural unit a duration is entered in; settings themselves store seconds. */
enum DurationUnit {
    SECONDS(1), MINUTES(60), HOURS(3600), DAYS(86400);

    private final long seconds;

    DurationUnit(long seconds) {
        this.seconds = seconds;
    }

    /** The duration in this unit, rounded to the nearest whole unit. */
    long amount(Duration duration) {
        return Math.round(duration.toSeconds() / (double) seconds);
    }

    Duration of(long amount) {
        return Duration.ofSeconds(amount * seconds);
    }

    /** The bundle key of the unit's short name shown beside a field. */
    String textKey() {
        return "unit." + name().toLowerCase(Locale.ROOT);
    }
}
