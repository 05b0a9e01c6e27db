package io.unknot.core;

import java.util.Locale;

/** What the engine is doing now. {@link #id()} is the name scripts see in {@code status --json}. */
public enum EngineState {
    ACTIVE, IDLE, ON_BREAK, PAUSED, DRIVING, OFF_HOURS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state for a set of facts, in order of precedence: a break on screen, then a pause, then a drive (which
     * ignores working hours), then off hours, then idle or active.
     */
    static EngineState of(boolean onBreak, boolean paused, boolean driving, boolean offHours, boolean idle) {
        if (onBreak) {
            return ON_BREAK;
        }
        if (paused) {
            return PAUSED;
        }
        if (driving) {
            return DRIVING;
        }
        if (offHours) {
            return OFF_HOURS;
        }
        return idle ? IDLE : ACTIVE;
    }
}
