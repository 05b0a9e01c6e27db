package io.unknot.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the engine needs to know from the user's settings. {@link #DEFAULTS} is the single place where the
 * break defaults live; the settings package reads them from here.
 *
 * @param rules             one rule per break kind
 * @param warningLead       how long before a break the warning appears (zero: no warning)
 * @param idleThreshold     input-free time after which the user counts as away and the timers stop
 * @param fixedInterval     when true idle time never counts as a break (for reading or watching)
 * @param workingHours      the days and hours in which breaks may be raised
 * @param dailySittingLimit desk plus driving time per day after which Unknot suggests resting
 * @param deferLimit        how long a break may wait while the user presents or is in a call
 * @param escalateAfter     after this many skipped, postponed or ignored breaks in a row the next break is
 *                          escalated (harder to dismiss); 0 turns escalation off
 */
public record BreakSettings(Map<BreakKind, BreakRule> rules, Duration warningLead, Duration idleThreshold,
                            boolean fixedInterval, WorkingHours workingHours, Duration dailySittingLimit,
                            Duration deferLimit, int escalateAfter) {

    /** The default for {@link #escalateAfter()}. */
    public static final int DEFAULT_ESCALATE_AFTER = 3;

    public static final BreakSettings DEFAULTS = new BreakSettings(
            defaultRules(),
            Duration.ofSeconds(30),
            Duration.ofSeconds(10),
            false,
            new WorkingHours(false, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0), LocalTime.of(18, 0)),
            Duration.ofHours(8),
            Duration.ofMinutes(30),
            DEFAULT_ESCALATE_AFTER);

    public BreakSettings {
        BreakRule.requireNotNegative(warningLead, "warningLead");
        BreakRule.requirePositive(idleThreshold, "idleThreshold");
        Objects.requireNonNull(workingHours, "workingHours");
        BreakRule.requirePositive(dailySittingLimit, "dailySittingLimit");
        BreakRule.requireNotNegative(deferLimit, "deferLimit");
        if (escalateAfter < 0) {
            throw new IllegalArgumentException("escalateAfter must not be negative, was " + escalateAfter);
        }
        for (BreakKind kind : BreakKind.values()) {
            if (rules.get(kind) == null) {
                throw new IllegalArgumentException("no rule for " + kind);
            }
        }
        rules = Collections.unmodifiableMap(new EnumMap<>(rules)); // the engine looks rules up on every tick
    }

    /** Settings with escalation at its default. */
    public BreakSettings(Map<BreakKind, BreakRule> rules, Duration warningLead, Duration idleThreshold,
                         boolean fixedInterval, WorkingHours workingHours, Duration dailySittingLimit,
                         Duration deferLimit) {
        this(rules, warningLead, idleThreshold, fixedInterval, workingHours, dailySittingLimit, deferLimit,
                DEFAULT_ESCALATE_AFTER);
    }

    public BreakRule rule(BreakKind kind) {
        return rules.get(kind);
    }

    public BreakSettings withRule(BreakKind kind, BreakRule rule) {
        Map<BreakKind, BreakRule> copy = new EnumMap<>(rules);
        copy.put(kind, rule);
        return new BreakSettings(copy, warningLead, idleThreshold, fixedInterval, workingHours,
                dailySittingLimit, deferLimit, escalateAfter);
    }

    public BreakSettings withFixedInterval(boolean value) {
        return new BreakSettings(rules, warningLead, idleThreshold, value, workingHours, dailySittingLimit,
                deferLimit, escalateAfter);
    }

    public BreakSettings withWorkingHours(WorkingHours value) {
        return new BreakSettings(rules, warningLead, idleThreshold, fixedInterval, value, dailySittingLimit,
                deferLimit, escalateAfter);
    }

    public BreakSettings withWarningLead(Duration value) {
        return new BreakSettings(rules, value, idleThreshold, fixedInterval, workingHours, dailySittingLimit,
                deferLimit, escalateAfter);
    }

    public BreakSettings withIdleThreshold(Duration value) {
        return new BreakSettings(rules, warningLead, value, fixedInterval, workingHours, dailySittingLimit,
                deferLimit, escalateAfter);
    }

    public BreakSettings withDailySittingLimit(Duration value) {
        return new BreakSettings(rules, warningLead, idleThreshold, fixedInterval, workingHours, value,
                deferLimit, escalateAfter);
    }

    public BreakSettings withEscalateAfter(int value) {
        return new BreakSettings(rules, warningLead, idleThreshold, fixedInterval, workingHours, dailySittingLimit,
                deferLimit, value);
    }

    private static Map<BreakKind, BreakRule> defaultRules() {
        Map<BreakKind, BreakRule> rules = new EnumMap<>(BreakKind.class);
        Duration fiveMinutes = Duration.ofMinutes(5);
        rules.put(BreakKind.MICRO, new BreakRule(true, Duration.ofMinutes(10), Duration.ofSeconds(20),
                fiveMinutes, 3, false));
        rules.put(BreakKind.STRETCH, new BreakRule(true, Duration.ofMinutes(45), Duration.ofMinutes(3),
                fiveMinutes, 3, false));
        rules.put(BreakKind.MOVEMENT, new BreakRule(true, Duration.ofHours(2), Duration.ofMinutes(5),
                fiveMinutes, 2, false));
        rules.put(BreakKind.DRIVING, new BreakRule(true, Duration.ofHours(2), Duration.ofMinutes(15),
                Duration.ofMinutes(10), 2, false));
        return rules;
    }
}
