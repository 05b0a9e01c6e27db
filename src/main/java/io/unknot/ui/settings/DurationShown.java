package io.unknot.ui.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a stored duration is shown in a settings field: in the unit people use for its size (hours from 60
 * minutes up, seconds only when the value is not whole minutes) and never rounded, so 90 seconds reads "90
 * seconds", not "2 minutes", and 90 minutes reads "1:30 hours". The stored value is never changed by showing it.
 *
 * @param number what the field shows, e.g. "2" or "1:30"
 * @param unit   the unit the number is in (and typed text is read in)
 */
record DurationShown(String number, DurationUnit unit) {

    private static final Pattern TYPED = Pattern.compile("(\\d{1,6})(?:([:.,])(\\d{1,2}))?");
    /** Steps of the arrows once a value is shown in hours: a quarter of an hour. */
    private static final Duration QUARTER_HOUR = Duration.ofMinutes(15);

    /**
     * @param finest the field's finest unit: a field counted in minutes never shows seconds for whole minutes,
     *               and one counted in days always shows days
     */
    static DurationShown of(Duration value, DurationUnit finest) {
        long s = value.toSeconds();
        DurationUnit unit = unitFor(value, finest);
        return switch (unit) {
            case DAYS -> new DurationShown(Long.toString(s / DurationUnit.DAYS.seconds()), unit);
            case HOURS -> {
                long minutes = s / 60;
                yield new DurationShown(minutes % 60 == 0 ? Long.toString(minutes / 60)
                        : String.format("%d:%02d", minutes / 60, minutes % 60), unit);
            }
            case MINUTES -> new DurationShown(Long.toString(s / 60), unit);
            case SECONDS -> new DurationShown(Long.toString(s), unit);
        };
    }

    /** The unit {@code value} is shown in. */
    static DurationUnit unitFor(Duration value, DurationUnit finest) {
        long s = value.toSeconds();
        if (finest == DurationUnit.DAYS) {
            return DurationUnit.DAYS;
        }
        if (s % 60 != 0) {
            return DurationUnit.SECONDS; // e.g. 90 s, which minutes could only round
        }
        if (s >= DurationUnit.HOURS.seconds()) {
            return DurationUnit.HOURS;
        }
        if (s >= 60 || finest != DurationUnit.SECONDS) {
            return DurationUnit.MINUTES;
        }
        return DurationUnit.SECONDS;
    }

    /**
     * Reads text typed into a field showing {@code unit}: a whole number of it, or with a second part of the
     * next smaller unit ("1:30" hours is 90 minutes, "1:30" minutes 90 seconds), or a decimal ("1.5" hours).
     */
    static Optional<Duration> parse(String typed, DurationUnit unit) {
        Matcher m = TYPED.matcher(typed.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        long whole = Long.parseLong(m.group(1));
        Duration value = Duration.ofSeconds(whole * unit.seconds());
        if (m.group(2) == null) {
            return Optional.of(value);
        }
        long part = Long.parseLong(m.group(3));
        if (m.group(2).equals(":")) {
            long smaller = switch (unit) {
                case DAYS -> DurationUnit.HOURS.seconds();
                case HOURS -> DurationUnit.MINUTES.seconds();
                case MINUTES, SECONDS -> 1;
            };
            if (unit == DurationUnit.SECONDS || (unit != DurationUnit.DAYS && part >= 60)) {
                return Optional.empty();
            }
            return Optional.of(value.plusSeconds(part * smaller));
        }
        // A decimal fraction: "1.5" or "1,5"; one or two digits.
        double fraction = part / (m.group(3).length() == 1 ? 10.0 : 100.0);
        return Optional.of(value.plusSeconds(Math.round(fraction * unit.seconds())));
    }

    /** The value one arrow step up: one unit as shown, a quarter hour once in hours (or an hour for hour fields). */
    static Duration next(Duration value, DurationUnit finest) {
        long step = step(value, finest);
        return Duration.ofSeconds(Math.floorDiv(value.toSeconds(), step) * step + step);
    }

    /** The value one arrow step down; from 1 hour down it is 59 minutes, not 45. */
    static Duration previous(Duration value, DurationUnit finest) {
        long step = step(value.minusSeconds(1).isNegative() ? Duration.ZERO : value.minusSeconds(1), finest);
        return Duration.ofSeconds(Math.floorDiv(value.toSeconds() + step - 1, step) * step - step);
    }

    private static long step(Duration around, DurationUnit finest) {
        long s = around.toSeconds();
        if (finest == DurationUnit.DAYS || finest == DurationUnit.HOURS) {
            return finest.seconds();
        }
        if (s >= DurationUnit.HOURS.seconds()) {
            return QUARTER_HOUR.toSeconds();
        }
        if (s >= 60 || finest == DurationUnit.MINUTES) {
            return DurationUnit.MINUTES.seconds();
        }
        return 1;
    }
}
