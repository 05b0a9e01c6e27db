package io.unknot.core;

import java.util.Locale;

/** What the engine is doing now. {@link #id()} is the name scripts see in {@code status --json}. */
public enum EngineState {
    ACTIVE, IDLE, ON_BREAK, PAUSED, DRIVING, OFF_HOURS;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
