package io.unknot.ui;

import io.unknot.core.BreakKind;
import io.unknot.core.EngineState;
import io.unknot.core.EngineStatus;
import io.unknot.core.EngineStatus.CurrentBreak;
import io.unknot.core.EngineStatus.NextBreak;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds engine snapshots for UI tests: {@code Statuses.at(ACTIVE).sitting(42).next(STRETCH, 8).build()}. */
public final class Statuses {

    /** 2024-03-05 10:00 in Berlin, a Tuesday. */
    public static final Instant NOW = Instant.parse("2024-03-05T09:00:00Z");

    private final EngineState state;
    private Duration sitting = Duration.ZERO;
    private Optional<NextBreak> next = Optional.empty();
    private Optional<Instant> pausedUntil = Optional.empty();
    private Optional<CurrentBreak> current = Optional.empty();
    private Optional<Duration> drive = Optional.empty();
    private boolean deferred;
    private boolean idleDetection = true;
    private Instant at = NOW;

    private Statuses(EngineState state) {
        this.state = state;
    }

    public static Statuses at(EngineState state) {
        return new Statuses(state);
    }

    public Statuses sitting(Duration value) {
        sitting = value;
        return this;
    }

    public Statuses next(BreakKind kind, Duration in) {
        next = Optional.of(new NextBreak(kind, in));
        return this;
    }

    public Statuses pausedUntil(Instant until) {
        pausedUntil = Optional.of(until);
        return this;
    }

    public Statuses onBreak(BreakKind kind, Duration remaining) {
        current = Optional.of(new CurrentBreak(kind, suggestion("Neck roll"), remaining, 2, false));
        return this;
    }

    public Statuses driving(Duration length) {
        drive = Optional.of(length);
        return this;
    }

    /** When the status was taken (default {@link #NOW}). */
    public Statuses taken(Instant when) {
        at = when;
        return this;
    }

    public Statuses deferred() {
        deferred = true;
        return this;
    }

    public Statuses withoutIdleDetection() {
        idleDetection = false;
        return this;
    }

    public EngineStatus build() {
        return new EngineStatus(state, at, sitting, sitting, drive.orElse(Duration.ZERO), next, pausedUntil,
                current, drive, deferred, idleDetection);
    }

    public static Suggestion suggestion(String title) {
        return new Suggestion(title.toLowerCase().replace(' ', '-'), title,
                List.of("Sit tall and let your shoulders drop.", "Roll your head slowly from side to side."),
                Duration.ofSeconds(30), BodyArea.NECK, Category.STRETCH, Set.of(), "missing-illustration.svg",
                Optional.empty());
    }
}
