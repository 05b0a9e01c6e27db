package io.unknot.core;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Replays a day against a real {@link BreakEngine} on {@link FakeTime}, the way the Quartz driver runs it: a tick
 * every heartbeat and at every {@link BreakEngine#nextWakeUp()}. The scripted user gives continuous input while
 * {@link #active}, none while {@link #away}, and answers each break as {@link User} says (after the UI reports the
 * break shown). Read the result with {@link #breaks()} or {@link #timeline}.
 */
final class Scenario {

    /** How the scripted user answers a break. */
    enum User {
        /** Lets every break run its course. */
        TAKES_BREAKS,
        /** Presses Done at once. */
        PRESSES_DONE,
        /** Postpones while allowed, then lets the break run. */
        POSTPONES,
        /** Skips when allowed, else lets the break run. */
        SKIPS,
        /** Takes, postpones, presses Done and skips in turn. */
        MIXED,
        /** Keeps typing while the break is on screen and lets it run its course. */
        TYPES_THROUGH
    }

    static final String ZONE = "Europe/Berlin";

    private final FakeTime time;
    private final ScriptedIdle idle;
    private final FakeSuggestions suggestions = new FakeSuggestions();
    private final BreakEngine engine;
    private final Duration heartbeat;
    private final List<EngineEvent> events = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();
    private final DateTimeFormatter format;
    private User user;
    private int answered;
    private int breaksSeen;

    private Scenario(Builder b) {
        this.time = FakeTime.at(b.start, b.zone);
        this.idle = new ScriptedIdle(time);
        if (b.idleUnavailable) {
            idle.unavailable();
        }
        suggestions.movesPerBreak(b.movesPerBreak);
        this.engine = new BreakEngine(time, time, idle, b.settings, suggestions);
        this.heartbeat = b.heartbeat;
        this.user = b.user;
        this.format = DateTimeFormatter.ofPattern(b.offsets ? "HH:mm:ssxxx" : "HH:mm:ss");
        engine.addListener(events::add);
    }

    static Builder startingAt(String isoLocalDateTime) {
        return new Builder(isoLocalDateTime);
    }

    static final class Builder {
        private final String start;
        private String zone = ZONE;
        private BreakSettings settings = BreakSettings.DEFAULTS;
        private Duration heartbeat = Duration.ofSeconds(1);
        private User user = User.TAKES_BREAKS;
        private boolean idleUnavailable;
        private boolean offsets;
        private int movesPerBreak = 1;

        private Builder(String start) {
            this.start = start;
        }

        Builder zone(String value) {
            zone = value;
            return this;
        }

        Builder settings(UnaryOperator<BreakSettings> change) {
            settings = change.apply(settings);
            return this;
        }

        /** Only these kinds on; the others off. */
        Builder only(BreakKind... kinds) {
            for (BreakKind kind : BreakKind.values()) {
                settings = settings.withRule(kind, settings.rule(kind).withEnabled(List.of(kinds).contains(kind)));
            }
            return this;
        }

        Builder rule(BreakKind kind, UnaryOperator<BreakRule> change) {
            settings = settings.withRule(kind, change.apply(settings.rule(kind)));
            return this;
        }

        /** Each break's routine has this many moves of equal length. */
        Builder movesPerBreak(int value) {
            movesPerBreak = value;
            return this;
        }

        Builder heartbeat(Duration value) {
            heartbeat = value;
            return this;
        }

        Builder user(User value) {
            user = value;
            return this;
        }

        Builder idleUnavailable() {
            idleUnavailable = true;
            return this;
        }

        /** Timelines show the UTC offset, for days with a daylight-saving change. */
        Builder showOffsets() {
            offsets = true;
            return this;
        }

        Scenario start() {
            return new Scenario(this);
        }
    }

    // ---- what the user and the world do ----

    Scenario active(Duration length) {
        idle.input();
        tick();
        run(length, true);
        return this;
    }

    Scenario activeUntil(String localTime) {
        return active(until(localTime));
    }

    Scenario away(Duration length) {
        run(length, false);
        return this;
    }

    Scenario awayUntil(String localTime) {
        return away(until(localTime));
    }

    /** One nudge of the mouse, then nothing. */
    Scenario blip() {
        idle.input();
        tick();
        return this;
    }

    Scenario drive(Duration length) {
        engine.startDrive();
        answer();
        run(length, false);
        engine.endDrive();
        answer();
        return this;
    }

    /** The machine sleeps: the wall clock moves, the monotonic ticker does not. */
    Scenario suspend(Duration length) {
        time.suspend(length);
        return this;
    }

    /** Someone sets the wall clock; the monotonic ticker does not notice. */
    Scenario clockMovedBy(Duration change) {
        time.setWall(time.instant().plus(change));
        return this;
    }

    Scenario pauseFor(Duration length) {
        engine.pause(length);
        answer();
        return this;
    }

    Scenario pauseIndefinitely() {
        engine.pauseIndefinitely();
        answer();
        return this;
    }

    Scenario pauseUntilTomorrow() {
        engine.pauseUntilTomorrow();
        answer();
        return this;
    }

    Scenario resume() {
        engine.resume();
        answer();
        return this;
    }

    Scenario deferred(boolean value) {
        engine.setDeferred(DeferReason.FULLSCREEN, value);
        answer();
        return this;
    }

    /** What the desktop reports now: a lock, a sleep, an inhibitor. */
    Scenario desktop(DesktopEvent event) {
        engine.desktop(event);
        answer();
        return this;
    }

    Scenario locked(boolean value) {
        return desktop(new DesktopEvent.ScreenLock(time.instant(), value));
    }

    Scenario inhibited(boolean value) {
        return desktop(new DesktopEvent.IdleInhibit(time.instant(), value));
    }

    /**
     * The system says it goes to sleep, sleeps {@code length} (the monotonic ticker stops, the wall clock goes on),
     * and says it woke up.
     */
    Scenario sleepFor(Duration length) {
        desktop(new DesktopEvent.Sleep(time.instant(), true));
        time.suspend(length);
        return desktop(new DesktopEvent.Sleep(time.instant(), false));
    }

    /** The user presses "Postpone" in the warning: the coming break is put off. */
    Scenario postponeFromWarning() {
        if (!engine.postponeNext()) {
            refusals.add(format.format(now()) + " postpone refused");
        }
        answer();
        return this;
    }

    Scenario user(User value) {
        user = value;
        return this;
    }

    /** The user asks for the next move of the break on screen; refusals are recorded. */
    Scenario nextMove() {
        if (!engine.nextMove()) {
            refusals.add(format.format(now()) + " next move refused");
        }
        answer();
        return this;
    }

    Scenario takeBreakNow(BreakKind kind) {
        engine.takeBreakNow(kind);
        answer();
        return this;
    }

    // ---- what came out ----

    /** Every break raised, as "HH:mm:ss kind". */
    List<String> breaks() {
        return timeline(e -> e instanceof EngineEvent.BreakDue);
    }

    /** The events that pass {@code filter}, one line each. */
    List<String> timeline(Predicate<EngineEvent> filter) {
        return events.stream().filter(filter).map(this::line).toList();
    }

    /** Breaks raised, completed, postponed, skipped and taken naturally, drives, warnings and the daily limit. */
    List<String> timeline() {
        return timeline(e -> !(e instanceof EngineEvent.TimeAccrued) && !(e instanceof EngineEvent.StateChanged)
                && !(e instanceof EngineEvent.BreakShown) && !(e instanceof EngineEvent.BreakEscalated));
    }

    List<EngineEvent> events() {
        return events;
    }

    <T extends EngineEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** What the scripted user tried and the engine refused, as "HH:mm:ss postpone refused". */
    List<String> refusals() {
        return refusals;
    }

    EngineStatus status() {
        return engine.status();
    }

    BreakEngine engine() {
        return engine;
    }

    FakeTime time() {
        return time;
    }

    ScriptedIdle idle() {
        return idle;
    }

    FakeSuggestions suggestions() {
        return suggestions;
    }

    ZonedDateTime now() {
        return time.instant().atZone(time.getZone());
    }

    String line(EngineEvent e) {
        String at = format.format(e.at().atZone(time.getZone()));
        String what;
        if (e instanceof EngineEvent.BreakDue d) {
            what = d.kind().id();
        } else if (e instanceof EngineEvent.BreakWarning w) {
            what = "warning " + w.kind().id() + " in " + w.in().toSeconds() + "s";
        } else if (e instanceof EngineEvent.BreakCompleted c) {
            what = (c.ignored() ? "ignored " : "done ") + c.kind().id();
        } else if (e instanceof EngineEvent.BreakEscalated x) {
            what = "escalated " + x.kind().id() + " after " + x.skippedBefore();
        } else if (e instanceof EngineEvent.BreakStepChanged s) {
            what = "move " + s.step() + " " + s.move().id();
        } else if (e instanceof EngineEvent.BreakPostponed p) {
            what = "postponed " + p.kind().id() + " (" + p.postponesLeft() + " left)";
        } else if (e instanceof EngineEvent.BreakSkipped s) {
            what = "skipped " + s.kind().id();
        } else if (e instanceof EngineEvent.BreakTakenNaturally n) {
            what = "natural " + n.kind().id();
        } else if (e instanceof EngineEvent.BreakShown s) {
            what = "shown " + s.kind().id();
        } else if (e instanceof EngineEvent.DriveStarted) {
            what = "drive started";
        } else if (e instanceof EngineEvent.DriveEnded d) {
            what = "drive ended after " + hms(d.length());
        } else if (e instanceof EngineEvent.DailyLimitReached l) {
            what = "daily limit at " + hms(l.sittingToday());
        } else if (e instanceof EngineEvent.StateChanged s) {
            what = s.to().id();
        } else if (e instanceof EngineEvent.TimeAccrued t) {
            what = t.activity().name().toLowerCase() + " " + t.length().toSeconds() + "s";
        } else {
            throw new IllegalStateException("unknown event " + e);
        }
        return at + " " + what;
    }

    static String hms(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    // ---- the driver ----

    private void run(Duration length, boolean input) {
        Duration left = length;
        while (left.compareTo(Duration.ZERO) > 0) {
            Duration step = heartbeat.compareTo(left) < 0 ? heartbeat : left;
            Optional<Instant> wake = engine.nextWakeUp();
            if (wake.isPresent()) {
                Duration untilWake = Duration.between(time.instant(), wake.get());
                if (untilWake.compareTo(Duration.ZERO) > 0 && untilWake.compareTo(step) < 0) {
                    step = untilWake;
                }
            }
            time.advance(step);
            // Whoever takes a break stops typing while it is on screen.
            if (input && (user == User.TYPES_THROUGH || !engine.status().breakShowing())) {
                idle.input();
            }
            tick();
            left = left.minus(step);
        }
    }

    private void tick() {
        engine.tick();
        answer();
    }

    /** The UI's and the user's part: every new break is shown, then answered. */
    private void answer() {
        while (answered < events.size()) {
            EngineEvent e = events.get(answered++);
            if (e instanceof EngineEvent.BreakDue) {
                engine.breakShown();
                respond();
            }
        }
    }

    private void respond() {
        String at = format.format(now());
        User answer = user == User.MIXED ? User.values()[breaksSeen % User.MIXED.ordinal()] : user;
        breaksSeen++;
        switch (answer) {
            case TAKES_BREAKS, TYPES_THROUGH -> { }
            case PRESSES_DONE -> {
                if (!engine.completeBreak()) {
                    refusals.add(at + " done refused");
                }
            }
            case POSTPONES -> {
                if (!engine.postponeBreak()) {
                    refusals.add(at + " postpone refused");
                }
            }
            case SKIPS, MIXED -> {
                if (!engine.skipBreak()) {
                    refusals.add(at + " skip refused");
                }
            }
        }
    }

    private Duration until(String localTime) {
        ZonedDateTime now = now();
        LocalDateTime target = now.toLocalDate().atTime(LocalTime.parse(localTime));
        if (!target.isAfter(now.toLocalDateTime())) {
            target = target.plusDays(1);
        }
        return Duration.between(now.toInstant(), target.atZone(ZoneId.of(time.getZone().getId())).toInstant());
    }
}
