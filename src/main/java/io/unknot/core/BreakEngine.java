package io.unknot.core;

import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(BreakEngine.class);

    private enum Outcome { COMPLETED, POSTPONED, SKIPPED }

    private final Object lock = new Object();
    private final IdleSource idleSource;
    private final SuggestionSource suggestions;
    private final TimeBase time;
    private final ActivityTracker tracker;
    private final BreakPlanner planner = new BreakPlanner();
    private final NaturalBreaks natural = new NaturalBreaks();
    private final DayTotals totals;
    private final Pause pause = new Pause();
    private final Deferral deferral = new Deferral();
    private final EventQueue events = new EventQueue();
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

    /** Raises a break of this kind now, unless one is already on screen. The user asked, so it is honoured even
     *  while paused or outside working hours. */
    public void takeBreakNow(BreakKind kind) {
        Objects.requireNonNull(kind, "kind");
        command(out -> {
            if (running.isPresent()) {
                LOG.info("Break requested while a {} break is on screen; ignored", running.get().kind().id());
                return;
            }
            raise(kind, Set.of(), out);
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
        return query(out -> {
            if (running.isEmpty() || running.get().postponesLeft() <= 0) {
                return false;
            }
            finish(Outcome.POSTPONED, out);
            return true;
        });
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

    public void resume() {
        command(out -> pause.end());
    }

    public void startDrive() {
        command(out -> {
            if (driveStart.isPresent()) {
                return;
            }
            if (running.isEmpty()) {
                account(Activity.DESK, tracker.flush(time.now()), out);
            }
            driveStart = Optional.of(time.now());
            planner.forgetWarning();
            deferral.release();
            out.add(new EngineEvent.DriveStarted(time.wall()));
        });
    }

    public void endDrive() {
        command(out -> driveStart.ifPresent(start -> {
            driveStart = Optional.empty();
            tracker.restart(time.now());
            planner.forgetWarning();
            Suggestion stretch = suggestions.pick(SuggestionNeed.POST_DRIVE, time.wall());
            out.add(new EngineEvent.DriveEnded(time.wall(), time.now().minus(start), stretch));
        }));
    }

    /** Set by the platform while the user presents or is in a call: breaks wait, up to the defer limit. */
    public void setDeferred(boolean deferred) {
        command(out -> deferral.set(deferred));
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
        TimeBase.Step step = time.advance();
        totals.rollTo(localDay.dateOf(step.wall()));
        Optional<Duration> sample = sampleIdle();
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
            ActivityTracker.Observation seen = tracker.observe(step, sample, !settings.fixedInterval(),
                    settings.idleThreshold());
            account(Activity.DESK, seen.active(), out);
            seen.stretch().ifPresent(s -> natural.reached(s, settings).forEach(k -> naturalBreak(k, s.length(), out)));
        }
        if (!step.suspended().isZero() && !driving() && running.isEmpty()) {
            // Asleep counts as away, whatever the idle source says and even in fixed-interval mode.
            NaturalBreaks.covered(step.suspended(), settings).forEach(k -> naturalBreak(k, step.suspended(), out));
        }
        offHours = offHoursAt(step.wall());
        if (pause.expiredAt(step.wall())) {
            pause.end();
        }
        updateState(out);
    }

    private Optional<Duration> sampleIdle() {
        Optional<Duration> sample;
        try {
            sample = idleSource.idleTime();
        } catch (RuntimeException e) {
            LOG.warn("Idle source failed; counting this moment as active", e);
            sample = Optional.empty();
        }
        idleDetection = sample.isPresent();
        return sample.map(BreakEngine::positive);
    }

    /** Raises a due break, emits a due warning or the daily limit, and publishes the resulting state. */
    private void settle(List<EngineEvent> out) {
        updateState(out); // a command may have changed it: say so before anything it leads to
        raiseDueBreak(out);
        if (dailyLimitAllowed() && !deferral.on() && totals.limitJustReached(settings.dailySittingLimit())) {
            totals.markLimitReported();
            Suggestion rest = suggestions.pick(SuggestionNeed.REST, time.wall());
            out.add(new EngineEvent.DailyLimitReached(time.wall(), totals.sitting(), rest));
        }
        updateState(out);
    }

    private void raiseDueBreak(List<EngineEvent> out) {
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
        Routine routine = suggestions.routine(SuggestionNeed.of(kind), rule.duration(), time.wall());
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

    private Duration pending() {
        return driving() || running.isPresent() ? Duration.ZERO : tracker.pending(time.now());
    }

    private boolean offHoursAt(Instant instant) {
        return !workingTime.inside(instant);
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(time.clock().getZone());
    }

    private static Duration positive(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
