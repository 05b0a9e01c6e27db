package io.unknot.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The break-planning engine: tracks desk and driving time, decides which break is due, and publishes events.
 * Driven from outside by {@link #tick()}; owns no thread and no timer. All methods are thread-safe.
 */
public final class BreakEngine {

    public BreakEngine(Clock clock, Ticker ticker, IdleSource idle, BreakSettings settings,
                       SuggestionSource suggestions) {
        throw new UnsupportedOperationException("being written");
    }

    public void addListener(EngineListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    public void removeListener(EngineListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    /** Samples the idle source and advances every timer to now. */
    public void tick() {
        throw new UnsupportedOperationException("being written");
    }

    /** The latest wall-clock moment at which {@link #tick()} must run again (warning, break, pause end...). */
    public Optional<Instant> nextWakeUp() {
        throw new UnsupportedOperationException("being written");
    }

    public EngineStatus status() {
        throw new UnsupportedOperationException("being written");
    }

    public void updateSettings(BreakSettings settings) {
        throw new UnsupportedOperationException("being written");
    }

    public BreakSettings settings() {
        throw new UnsupportedOperationException("being written");
    }

    public void takeBreakNow(BreakKind kind) {
        throw new UnsupportedOperationException("being written");
    }

    public void breakShown() {
        throw new UnsupportedOperationException("being written");
    }

    public void completeBreak() {
        throw new UnsupportedOperationException("being written");
    }

    /** @return false when the postpone limit is reached and the break stays */
    public boolean postponeBreak() {
        throw new UnsupportedOperationException("being written");
    }

    /** @return false in strict mode, where the break cannot be skipped */
    public boolean skipBreak() {
        throw new UnsupportedOperationException("being written");
    }

    public void pause(Duration length) {
        throw new UnsupportedOperationException("being written");
    }

    public void pauseUntilTomorrow() {
        throw new UnsupportedOperationException("being written");
    }

    public void pauseIndefinitely() {
        throw new UnsupportedOperationException("being written");
    }

    public void resume() {
        throw new UnsupportedOperationException("being written");
    }

    public void startDrive() {
        throw new UnsupportedOperationException("being written");
    }

    public void endDrive() {
        throw new UnsupportedOperationException("being written");
    }

    /** Set by the platform while the user presents or is in a call: breaks wait, up to the defer limit. */
    public void setDeferred(boolean deferred) {
        throw new UnsupportedOperationException("being written");
    }
}
