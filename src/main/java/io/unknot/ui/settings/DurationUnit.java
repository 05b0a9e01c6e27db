package io.unknot.ui.settings;

import java.time.Duration;
import java.util.Locale;

/** A unit a duration is shown and typed in; settings themselves store seconds. */
enum DurationUnit {
    SECONDS(1), MINUTES(60), HOURS(3600), DAYS(86400);

    private final long seconds;

    DurationUnit(long seconds) {
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }

    /** The duration as an amount of this unit, e.g. 1.5 for 90 minutes in hours (for singular or plural). */
    double amount(Duration duration) {
        return duration.toSeconds() / (double) seconds;
    }

    /** The bundle key of the unit's name beside a field; a choice pattern that takes the amount. */
    String textKey() {
        return "unit." + name().toLowerCase(Locale.ROOT);
    }
}
