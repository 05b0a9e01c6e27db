package io.unknot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How one kind of break behaves.
 *
 * @param interval       active sitting time between two breaks of this kind
 * @param duration       how long the break lasts; idle time this long also counts as the break taken naturally
 * @param postponeLength how much further sitting one postpone allows before the break comes back
 * @param postponeLimit  how many times in a row it may be postponed
 * @param strict         when true the break cannot be skipped
 */
public record BreakRule(boolean enabled, Duration interval, Duration duration, Duration postponeLength,
                        int postponeLimit, boolean strict) {

    public BreakRule {
        requirePositive(interval, "interval");
        requirePositive(duration, "duration");
        requirePositive(postponeLength, "postponeLength");
        if (postponeLimit < 0) {
            throw new IllegalArgumentException("postponeLimit must not be negative, was " + postponeLimit);
        }
    }

    public BreakRule withEnabled(boolean value) {
        return new BreakRule(value, interval, duration, postponeLength, postponeLimit, strict);
    }

    public BreakRule withInterval(Duration value) {
        return new BreakRule(enabled, value, duration, postponeLength, postponeLimit, strict);
    }

    public BreakRule withDuration(Duration value) {
        return new BreakRule(enabled, interval, value, postponeLength, postponeLimit, strict);
    }

    public BreakRule withPostponeLimit(int value) {
        return new BreakRule(enabled, interval, duration, postponeLength, value, strict);
    }

    public BreakRule withStrict(boolean value) {
        return new BreakRule(enabled, interval, duration, postponeLength, postponeLimit, value);
    }

    static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }
}
