package io.unknot.core;

import java.time.Duration;

/**
 * How one kind of break behaves.
 *
 * @param interval       active sitting time between two breaks of this kind
 * @param duration       how long the break lasts; idle time this long also counts as the break taken naturally
 * @param postponeLength how far one postpone pushes the break
 * @param postponeLimit  how many times in a row it may be postponed
 * @param strict         when true the break cannot be skipped
 */
public record BreakRule(boolean enabled, Duration interval, Duration duration, Duration postponeLength,
                        int postponeLimit, boolean strict) {

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
}
