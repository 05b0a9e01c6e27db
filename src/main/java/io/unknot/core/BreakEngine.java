package io.unknot.core;

import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.SuggestionSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The break-planning engine: tracks desk and driving time, decides which break is due, and publishes events.
 * Driven from outside by {@link #tick()}; owns no thread and no timer.
 *
 * <p>Durations are measured on the monotonic {@link Ticker}; the wall {@link Clock} only decides working hours,
 * pause ends, what "today" is and the time stamps of events. Every command first brings the engine up to now
 * (as a tick does), then acts.
 *
 * <p>All methods are thread-safe: state is guarded by one lock, and listeners are called after it is released,
 * in the order the events happened, before the method returns, on the thread that drove the engine (or on another
 * thread that was delivering events at that moment; see {@link EventQueue}). A listener may call back into the
 * engine. The {@link SuggestionSource} is called under the lock and must not call back.
 */
public final class BreakEngine {

    /** A wake-up is never planned sooner than this after the last tick, so nothing can make the driver spin. */
    static final Duration MIN_WAKE_DELAY = Duration.ofSeconds(1);

    private enum Outcome { COMPLETED, POSTPONED, SKIPPED }

    private final Object lock = new Object();
    private final IdleSource idleSource;
    private final SuggestionSource suggestions;
    private final TimeBase time;
    private final ActivityTracker tracker;
    private final BreakPlanner planner = new BreakPlanner();
    private final NaturalBreaks natural = new NaturalBreaks();
    /** Natural breaks credited for sleeping; one stretch per sleep. */
    private final NaturalBreaks sleeps = new NaturalBreaks();
    private final DayTotals totals;
    private final Pause pause = new Pause();
    private final Deferral deferral = new Deferral();
    private final EventQueue events = new EventQueue(this::fault);
    private volatile FaultListener faults = (what, cause) -> { };
    private final LocalDay localDay;
    private final WorkingTime workingTime;

    private BreakSettings settings;
    private Optional<RunningBreak> running = Optional.empty();
    private BreakAttention attention;
    /** Skipped, postponed or ignored breaks since the last one taken. */
    private int skippedInARow;
    private Optional<Duration> driveStart = Optional.empty();
    private Duration sittingSinceBreak = Duration.ZERO;
    private boolean offHours;
    private boolean idleDetection = true;
    private EngineState state;
    /** Engine time the screen was locked at, while it is. */
    private Optional<Duration> lockedAt = Optional.empty();
    /** Between the system's "going to sleep" and "woke up": every moment is time asleep. */
    private boolean asleep;
    private long sleepId;
    private Duration slept = Duration.ZERO;
    /** An application holds the desktop awake: time without input is not time away. */
    private boolean idleInhibited;

    public BreakEngine(Clock clock, Ticker ticker, IdleSource idle, BreakSettings settings,
                       SuggestionSource suggestions) {
        this.time = new TimeBase(Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(ticker, "ticker"));
        this.idleSource = Objects.requireNonNull(idle, "idle");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.tracker = new ActivityTracker(time.now());
        this.localDay = new LocalDay(clock.getZone(), time.wall());
        this.workingTime = new WorkingTime(clock.getZone(), settings.workingHours());
        this.totals = new DayTotals(localDay.dateOf(time.wall()));
        this.offHours = offHoursAt(time.wall());
        this.state = EngineState.of(false, false, false, offHours, false);
    }

    public void addListener(EngineListener listener) {
        events.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(EngineListener listener) {
        events.remove(listener);
    }

    /** Where failures the engine survives (a throwing idle source or listener) are reported; by default nowhere. */
    public void setFaultListener(FaultListener listener) {
        faults = Objects.requireNonNull(listener, "listener");
    }

    /** Samples the idle source and advances every timer to now. */
    public void tick() {
        command(out -> { });
    }

    /**
     * The latest wall-clock moment at which {@link #tick()} must run again: the earliest of the next warning or
     * break (if the user stays active), the end of the break on screen, the end of a pause or of the deferral
     * limit, the next working-hours boundary, the daily limit and local midnight. Never sooner than one second
     * after the last tick.
     */
    public Optional<Instant> nextWakeUp() {
        synchronized (lock) {
            Instant base = time.wall();
            Duration now = time.now();
            List<Instant> moments = new ArrayList<>();
            moments.add(localDay.nextMidnight(base));
            workingTime.nextBoundary(base).ifPresent(moments::add);
            pause.until().ifPresent(moments::add);
            running.ifPresent(b -> {
                moments.add(base.plus(b.end().minus(now)));
                b.progress().nextChange(now).ifPresent(change -> moments.add(base.plus(change.minus(now))));
            });
            if (planningAllowed()) {
                planner.plan(settings, driving(), pending()).ifPresent(plan -> {
                    if (plan.in().isNegative() || plan.in().isZero()) {
                        deferral.limitAt(settings.deferLimit()).ifPresent(at -> moments.add(base.plus(at.minus(now))));
                    } else {
                        moments.add(base.plus(plan.in()));
                        if (warns(plan) && plan.in().compareTo(settings.warningLead()) > 0) {
                            moments.add(base.plus(plan.in()).minus(settings.warningLead()));
                        }
                    }
                });
            }
            if (dailyLimitAllowed() && !totals.limitReported()) {
                moments.add(base.plus(positive(settings.dailySittingLimit().minus(totals.sitting()))));
            }
            Instant earliest = moments.get(0);
            for (Instant moment : moments) {
                earliest = moment.isBefore(earliest) ? moment : earliest;
            }
            Instant soonest = base.plus(MIN_WAKE_DELAY);
            return Optional.of(earliest.isBefore(soonest) ? soonest : earliest);
        }
    }

    public EngineStatus status() {
        synchronized (lock) {
            Duration since = time.sinceLastStep();
            Duration now = time.now().plus(since);
            boolean timersRunning = planningAllowed() && (driving() || !tracker.idle());
            Optional<EngineStatus.NextBreak> next = planningAllowed()
                    ? planner.plan(settings, driving(), pending()).map(plan -> new EngineStatus.NextBreak(
                    plan.kind(), positive(plan.in().minus(timersRunning ? since : Duration.ZERO))))
                    : Optional.empty();
            Optional<EngineStatus.CurrentBreak> current = running.map(b -> {
                int step = b.progress().stepAt(now);
                return new EngineStatus.CurrentBreak(b.kind(), b.routine().move(step).suggestion(),
                        b.remaining(now), b.postponesLeft(), b.strict(), b.routine(), step, b.stepRemaining(now),
                        b.skippedBefore(), b.escalated());
            });
            return new EngineStatus(state, time.clock().instant(), sittingSinceBreak, totals.desk(),
                    totals.driving(), next, pause.until(), current, driveStart.map(now::minus), deferral.on(),
                    idleDetection);
        }
    }

    /** Applies new settings; timers keep the time counted so far, and a kind switched on starts from zero. */
    public void updateSettings(BreakSettings newSettings) {
        Objects.requireNonNull(newSettings, "settings");
        command(out -> {
            for (BreakKind kind : BreakKind.values()) {
                if (newSettings.rule(kind).enabled() && !settings.rule(kind).enabled()) {
                    planner.timer(kind).reset();
                }
            }
            settings = newSettings;
            workingTime.use(newSettings.workingHours());
            offHours = offHoursAt(time.wall());
        });
    }

    public BreakSettings settings() {
        synchronized (lock) {
            return settings;
        }
    }

    /**
     * Raises a break of this kind now, unless one is already on screen. The user asked, so it is honoured even
     * while paused or outside working hours.
     *
     * @return false when a break was already on screen and nothing changed
     */
    public boolean takeBreakNow(BreakKind kind) {
        Objects.requireNonNull(kind, "kind");
        return query(out -> {
            if (running.isPresent()) {
                return false;
            }
            raise(kind, Set.of(), out);
            return true;
        });
    }

    public void breakShown() {
        command(out -> running.filter(b -> !b.shown()).ifPresent(b -> {
            running = Optional.of(b.asShown());
            out.add(new EngineEvent.BreakShown(time.wall(), b.kind()));
        }));
    }

    public void completeBreak() {
        command(out -> {
            if (running.isPresent()) {
                finish(Outcome.COMPLETED, out);
            }
        });
    }

    /**
     * Cuts the move on screen short and shows the next one; the break's end stays where it was.
     *
     * @return false when no break is on screen or its last move is showing
     */
    public boolean nextMove() {
        return query(out -> {
            if (running.isEmpty()) {
                return false;
            }
            RunningBreak b = running.get();
            RoutineProgress skipped = b.progress().skipAt(time.now());
            if (skipped == b.progress()) {
                return false;
            }
            running = Optional.of(b.withProgress(skipped, b.shownStep()));
            announceStep(out);
            return true;
        });
    }

    /** @return false when the postpone limit is reached and the break stays */
    public boolean postponeBreak() {
        return query(this::postponeRunning);
    }

    /**
     * Puts off the break on screen or, from its warning, the break about to come: it comes back after its postpone
     * length of further sitting.
     *
     * @return false when no break is on screen or planned, or its postpone limit is reached
     */
    public boolean postponeNext() {
        return query(out -> running.isPresent() ? postponeRunning(out) : postponeComing(out));
    }

    /** @return false in strict mode, where the break cannot be skipped */
    public boolean skipBreak() {
        return query(out -> {
            if (running.isEmpty() || running.get().strict()) {
                return false;
            }
            finish(Outcome.SKIPPED, out);
            return true;
        });
    }

    /**
     * Pauses for {@code length} of wall-clock time. While paused nothing is raised and the timers hold, but
     * sitting still counts for today; a break on screen runs its course.
     */
    public void pause(Duration length) {
        BreakRule.requireNotNegative(length, "pause length");
        command(out -> pauseUntil(Optional.of(time.wall().plus(length))));
    }

    /** Pauses until the next day's working-hours start when working hours are on, else until local midnight. */
    public void pauseUntilTomorrow() {
        command(out -> pauseUntil(Optional.of(
                WorkingCalendar.tomorrow(settings.workingHours(), local(time.wall())).toInstant())));
    }

    public void pauseIndefinitely() {
        command(out -> pauseUntil(Optional.empty()));
    }

    /** @return false when there was no pause to end */
    public boolean resume() {
        return query(out -> {
            boolean paused = pause.active();
            pause.end();
            return paused;
        });
    }

    /** @return false when a drive was already running */
    public boolean startDrive() {
        return query(out -> {
            if (driveStart.isPresent()) {
                return false;
            }
            if (running.isEmpty()) {
                account(Activity.DESK, tracker.flush(time.now()), out);
            }
            driveStart = Optional.of(time.now());
            planner.forgetWarning();
            deferral.release();
            out.add(new EngineEvent.DriveStarted(time.wall()));
            return true;
        });
    }

    /** @return false when no drive was running */
    public boolean endDrive() {
        return query(out -> {
            if (driveStart.isEmpty()) {
                return false;
            }
            Duration start = driveStart.get();
            driveStart = Optional.empty();
            tracker.restart(time.now());
            planner.forgetWarning();
            Suggestion stretch = suggestions.pick(SuggestionNeed.POST_DRIVE, time.wall());
            out.add(new EngineEvent.DriveEnded(time.wall(), time.now().minus(start), stretch));
            return true;
        });
    }

    /**
     * Adds what the history holds for today from before this process started (see {@link EarlierToday}); called
     * once at start-up, before the first tick that could announce the daily limit.
     */
    public void carryOver(EarlierToday earlier) {
        Objects.requireNonNull(earlier, "earlier");
        command(out -> {
            if (earlier.day().equals(totals.day())) {
                sittingSinceBreak = sittingSinceBreak.plus(earlier.sittingSinceBreak());
            }
            totals.carryOver(earlier);
        });
    }

    /**
     * A drive made away from the computer was logged by hand: the part of it that falls on today counts towards
     * today's driving and the daily limit.
     */
    public void driveLogged(Instant start, Duration length) {
        BreakRule.requireNotNegative(length, "drive length");
        command(out -> {
            ZonedDateTime dayStart = totals.day().atStartOfDay(time.clock().getZone());
            Instant from = max(start, dayStart.toInstant());
            Instant to = min(start.plus(length), dayStart.plusDays(1).toInstant());
            if (from.isBefore(to)) {
                totals.add(Activity.DRIVING, totals.day(), Duration.between(from, to));
            }
        });
    }

    /**
     * Set by the platform while the user presents, watches or is in a call, or the desktop's do-not-disturb is on:
     * breaks wait, up to the defer limit.
     */
    public void setDeferred(DeferReason reason, boolean deferred) {
        Objects.requireNonNull(reason, "reason");
        command(out -> deferral.set(reason, deferred));
    }

    /** Why breaks wait now; empty when they do not. */
    public Set<DeferReason> deferredBy() {
        synchronized (lock) {
            return deferral.reasons();
        }
    }

    /**
     * The screen locked or unlocked, the system going to sleep or waking, an application holding the desktop
     * awake. Locked and asleep count as time away; while either lasts no break is raised (one that came due shows
     * after, if it is still due).
     */
    public void desktop(DesktopEvent event) {
        Objects.requireNonNull(event, "event");
        command(out -> {
            if (event instanceof DesktopEvent.ScreenLock lock) {
                if (!lock.locked()) {
                    lockedAt = Optional.empty();
                } else if (lockedAt.isEmpty()) {
                    lockedAt = Optional.of(engineTimeOf(lock.at()));
                }
            } else if (event instanceof DesktopEvent.Sleep sleep) {
                if (sleep.asleep() && !asleep) {
                    sleepId++;
                    slept = Duration.ZERO;
                }
                asleep = sleep.asleep();
            } else if (event instanceof DesktopEvent.IdleInhibit inhibit) {
                idleInhibited = inhibit.inhibited();
                deferral.set(DeferReason.INHIBITED, inhibit.inhibited());
            }
        });
    }

    // ---- the engine proper; everything below runs under the lock ----

    private void command(Consumer<List<EngineEvent>> action) {
        query(out -> {
            action.accept(out);
            return null;
        });
    }

    private <T> T query(Function<List<EngineEvent>, T> action) {
        T result;
        synchronized (lock) {
            List<EngineEvent> out = new ArrayList<>();
            advance(out);
            result = action.apply(out);
            settle(out);
            events.enqueue(out);
        }
        events.deliver();
        return result;
    }

    /** Brings every timer, total and the break on screen up to now. */
    private void advance(List<EngineEvent> out) {
        TimeBase.Step taken = time.advance();
        TimeBase.Step step = asleep ? taken.asleep() : taken;
        totals.rollTo(localDay.dateOf(step.wall()));
        Optional<Duration> sample = lockedAware(sampleIdle());
        // An application holding the desktop awake makes input-free time count, unless the screen is locked.
        boolean countIdle = !settings.fixedInterval() && (!idleInhibited || lockedAt.isPresent());
        // The step is accounted under the working hours and pause it happened in; both are updated after it.
        if (running.isPresent()) {
            attention.quiet(step.start(), step.resumedAt()); // nobody types on a sleeping machine
            attention.sample(step.end(), sample);
            if (running.get().over(step.end())) {
                finish(Outcome.COMPLETED, out);
            } else {
                announceStep(out);
            }
        } else if (driving()) {
            account(Activity.DRIVING, List.of(new ActivityTracker.Span(step.start(), step.end())), out);
        } else {
            ActivityTracker.Observation seen = tracker.observe(step, sample, countIdle, settings.idleThreshold());
            account(Activity.DESK, seen.active(), out);
            seen.stretch().ifPresent(s -> natural.reached(s, settings).forEach(k -> naturalBreak(k, s.length(), out)));
        }
        if (!step.suspended().isZero()) {
            if (!asleep) {
                sleepId++; // a clock jump without word from the system: a sleep of its own
                slept = Duration.ZERO;
            }
            slept = slept.plus(step.suspended());
            if (!driving() && running.isEmpty()) {
                // Asleep counts as away, whatever the idle source says and even in fixed-interval mode.
                sleeps.reached(new ActivityTracker.Stretch(sleepId, slept), settings)
                        .forEach(k -> naturalBreak(k, slept, out));
            }
        }
        offHours = offHoursAt(step.wall());
        if (pause.expiredAt(step.wall())) {
            pause.end();
        }
        updateState(out);
    }

    /** While the screen is locked, no input has come since the lock, whatever the lock screen saw. */
    private Optional<Duration> lockedAware(Optional<Duration> sample) {
        if (lockedAt.isEmpty()) {
            return sample;
        }
        Duration sinceLock = positive(time.now().minus(lockedAt.get()));
        return Optional.of(sample.filter(idle -> idle.compareTo(sinceLock) > 0).orElse(sinceLock));
    }

    /** Engine time of a wall-clock moment at or before the last step; never before the engine started. */
    private Duration engineTimeOf(Instant at) {
        Duration ago = positive(Duration.between(at, time.wall()));
        return positive(time.now().minus(ago));
    }

    private Optional<Duration> sampleIdle() {
        Optional<Duration> sample;
        try {
            sample = idleSource.idleTime();
        } catch (RuntimeException e) {
            fault("Idle source failed; counting this moment as active", e);
            sample = Optional.empty();
        }
        idleDetection = sample.isPresent();
        return sample.map(BreakEngine::positive);
    }

    /** Raises a due break, emits a due warning or the daily limit, and publishes the resulting state. */
    private void settle(List<EngineEvent> out) {
        updateState(out); // a command may have changed it: say so before anything it leads to
        raiseDueBreak(out);
        if (dailyLimitAllowed() && !away() && !deferral.on()
                && totals.limitJustReached(settings.dailySittingLimit())) {
            totals.markLimitReported();
            Suggestion rest = suggestions.pick(SuggestionNeed.REST, time.wall());
            out.add(new EngineEvent.DailyLimitReached(time.wall(), totals.sitting(), rest));
        }
        updateState(out);
    }

    private void raiseDueBreak(List<EngineEvent> out) {
        if (away() && !driving()) {
            return; // nobody at the desk to show it to: it comes after, if still due
        }
        Optional<BreakPlanner.Plan> next = planningAllowed()
                ? planner.plan(settings, driving(), pending()) : Optional.empty();
        if (next.isEmpty()) {
            deferral.release();
            return;
        }
        BreakPlanner.Plan plan = next.get();
        if (plan.in().compareTo(Duration.ZERO) > 0) {
            deferral.release();
            if (warns(plan) && plan.in().compareTo(settings.warningLead()) <= 0) {
                planner.markWarned(plan.kind());
                out.add(new EngineEvent.BreakWarning(time.wall(), plan.kind(), plan.in()));
            }
            return;
        }
        // Driving breaks are about safety: no presentation or call holds them.
        if (!driving() && deferral.holds(time.now(), settings.deferLimit())) {
            return;
        }
        raise(plan.kind(), plan.absorbed(), out);
    }

    /** Whether a warning is still to come for this plan: not while the user is away or presenting. */
    private boolean warns(BreakPlanner.Plan plan) {
        return !settings.warningLead().isZero() && !planner.warnedFor(plan.kind())
                && (driving() || (!deferral.on() && !tracker.idle()));
    }

    private void raise(BreakKind kind, Set<BreakKind> absorbed, List<EngineEvent> out) {
        if (!driving()) {
            account(Activity.DESK, tracker.flush(time.now()), out);
        }
        BreakRule rule = settings.rule(kind);
        Routine routine = suggestions.routine(needOf(kind), rule.duration(), time.wall());
        Suggestion suggestion = routine.move(0).suggestion();
        int postponesLeft = planner.postponesLeft(settings, kind);
        boolean escalated = settings.escalateAfter() > 0 && skippedInARow >= settings.escalateAfter();
        running = Optional.of(new RunningBreak(kind, RoutineProgress.startingAt(routine, time.now()), time.now(),
                rule.duration(), rule.strict(), postponesLeft, absorbed, false, 0, skippedInARow, escalated));
        attention = new BreakAttention(time.now(), rule.duration());
        deferral.release();
        planner.forgetWarning();
        if (escalated) {
            out.add(new EngineEvent.BreakEscalated(time.wall(), kind, skippedInARow));
        }
        out.add(new EngineEvent.BreakDue(time.wall(), kind, suggestion, rule.duration(), rule.strict(),
                postponesLeft, routine, skippedInARow, escalated));
        updateState(out);
    }

    private boolean postponeRunning(List<EngineEvent> out) {
        if (running.isEmpty() || running.get().postponesLeft() <= 0) {
            return false;
        }
        finish(Outcome.POSTPONED, out);
        return true;
    }

    private boolean postponeComing(List<EngineEvent> out) {
        Optional<BreakPlanner.Plan> next = planningAllowed()
                ? planner.plan(settings, driving(), pending()) : Optional.empty();
        if (next.isEmpty() || planner.postponesLeft(settings, next.get().kind()) <= 0) {
            return false;
        }
        BreakPlanner.Plan plan = next.get();
        Duration by = settings.rule(plan.kind()).postponeLength();
        int left = planner.postponesLeft(settings, plan.kind()) - 1;
        planner.postponedAhead(settings, plan.kind(), plan.absorbed(), by);
        out.add(new EngineEvent.BreakPostponed(time.wall(), plan.kind(), by, left));
        return true;
    }

    private void finish(Outcome outcome, List<EngineEvent> out) {
        RunningBreak done = running.orElseThrow();
        running = Optional.empty();
        Instant now = time.wall();
        switch (outcome) {
            case COMPLETED -> {
                // An ignored break still resets its timer: raising it again at once would only nag.
                planner.taken(settings, done.kind(), done.absorbed());
                boolean ignored = attention.ignored(time.now(), settings.idleThreshold());
                if (ignored) {
                    skippedInARow++;
                } else {
                    endSittingStretch(done.kind());
                    skippedInARow = 0;
                }
                out.add(new EngineEvent.BreakCompleted(now, done.kind(), done.suggestion(), ignored));
            }
            case POSTPONED -> {
                Duration by = settings.rule(done.kind()).postponeLength();
                planner.postponed(done.kind(), done.absorbed(), by);
                skippedInARow++;
                out.add(new EngineEvent.BreakPostponed(now, done.kind(), by, done.postponesLeft() - 1));
            }
            case SKIPPED -> {
                planner.skipped(done.kind(), done.absorbed());
                skippedInARow++;
                out.add(new EngineEvent.BreakSkipped(now, done.kind()));
            }
        }
        tracker.restart(time.now());
        updateState(out);
    }

    private void naturalBreak(BreakKind kind, Duration away, List<EngineEvent> out) {
        boolean counted = settings.rule(kind).enabled() && !planner.timer(kind).elapsed().isZero();
        planner.taken(settings, kind);
        endSittingStretch(kind);
        if (kind != BreakKind.MICRO) {
            // Minutes away are a break taken; the seconds of a natural micro break happen while thinking.
            skippedInARow = 0;
        }
        if (counted) {
            out.add(new EngineEvent.BreakTakenNaturally(time.wall(), kind, away));
        }
    }

    /** Announces the move on screen if it is not the one last announced. */
    private void announceStep(List<EngineEvent> out) {
        RunningBreak b = running.orElseThrow();
        int step = b.progress().stepAt(time.now());
        if (step != b.shownStep()) {
            running = Optional.of(b.withProgress(b.progress(), step));
            out.add(new EngineEvent.BreakStepChanged(time.wall(), b.kind(), step, b.routine().move(step)));
        }
    }

    /** Micro-breaks are taken sitting down; every longer break ends a stretch of sitting. */
    private void endSittingStretch(BreakKind kind) {
        if (kind != BreakKind.MICRO) {
            sittingSinceBreak = Duration.ZERO;
        }
    }

    /** Counts spans of sitting: timers (unless paused or, at the desk, off hours), today's totals and history. */
    private void account(Activity activity, List<ActivityTracker.Span> spans, List<EngineEvent> out) {
        boolean timersRun = !pause.active() && (activity == Activity.DRIVING || !offHours);
        for (ActivityTracker.Span span : spans) {
            Duration length = span.length();
            if (timersRun) {
                if (activity == Activity.DESK) {
                    planner.addDesk(length);
                } else {
                    planner.addDriving(length);
                }
            }
            sittingSinceBreak = sittingSinceBreak.plus(length);
            MinuteSlices.cut(time.wallAt(span.start()), length, (end, piece) -> {
                totals.add(activity, localDay.dateOf(end.minus(piece)), piece);
                out.add(new EngineEvent.TimeAccrued(end, activity, piece));
            });
        }
    }

    private void pauseUntil(Optional<Instant> end) {
        end.ifPresentOrElse(pause::until, pause::indefinitely);
        planner.forgetWarning(); // the break will be announced again after the pause
    }

    private void updateState(List<EngineEvent> out) {
        EngineState next = EngineState.of(running.isPresent(), pause.active(), driving(), offHours, tracker.idle());
        if (next != state) {
            out.add(new EngineEvent.StateChanged(time.wall(), state, next));
            state = next;
        }
    }

    /** Breaks may be planned: none on screen, not paused, and within working hours unless driving. */
    private boolean planningAllowed() {
        return running.isEmpty() && !pause.active() && (driving() || !offHours);
    }

    /** The end-of-day notice waits for a quiet moment at the desk within working hours. */
    private boolean dailyLimitAllowed() {
        return running.isEmpty() && !pause.active() && !driving() && !offHours;
    }

    private boolean driving() {
        return driveStart.isPresent();
    }

    /** Locked or asleep: nobody at the screen. */
    private boolean away() {
        return lockedAt.isPresent() || asleep;
    }

    private Duration pending() {
        return driving() || running.isPresent() ? Duration.ZERO : tracker.pending(time.now());
    }

    private boolean offHoursAt(Instant instant) {
        return !workingTime.inside(instant);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(time.clock().getZone());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }

    private void fault(String what, RuntimeException cause) {
        faults.onFault(what, cause);
    }

    private static SuggestionNeed needOf(BreakKind kind) {
        return switch (kind) {
            case MICRO -> SuggestionNeed.MICRO;
            case STRETCH -> SuggestionNeed.STRETCH;
            case MOVEMENT -> SuggestionNeed.MOVEMENT;
            case DRIVING -> SuggestionNeed.DRIVING;
        };
    }
}
