package io.unknot.platform.dnd;

import io.unknot.core.DeferReason;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.OperatingSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Watches for moments when a break must wait: a full-screen window (a presentation, a film, a game), a camera or
 * a microphone in use (a call). Each watch can be switched on and off and runs on the app's background executor;
 * whenever a watch's answer changes, it is handed to the sink with its reason (the engine's defer reasons).
 *
 * <p>The answer only matters when a break or its warning comes up, so the checks run at their rate from
 * {@link #LOOKAHEAD} before that moment (and for as long as something is detected), and sleep in between. The time
 * until that moment counts sitting, so the wall clock can only take longer to get there; whatever brings it closer
 * (a state change such as a pause ending) calls {@link #replan()}. When the user looks or acts (a status request, a
 * command), {@link #checkSoon()} runs the checks at once, so what they see is current.
 */
public final class DoNotDisturb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DoNotDisturb.class);

    /** A window going full screen should be noticed before the next warning; the check is a few X round trips. */
    static final Duration FULL_SCREEN_EVERY = Duration.ofSeconds(5);
    /** Scanning processes (or asking the sound server) costs more, and calls last long. */
    static final Duration CAMERA_EVERY = Duration.ofSeconds(30);
    /** Checks start this long before a break or its warning, so the answer is known by then. */
    static final Duration LOOKAHEAD = Duration.ofMinutes(1);
    /** The longest sleep between checks, for when nothing is planned or the plan moved without a replan. */
    static final Duration LONGEST_SLEEP = Duration.ofMinutes(10);

    private final Watch fullScreen;
    private final Watch camera;
    private final Watch microphone;
    private final List<Watch> watches;
    private final BiConsumer<DeferReason, Boolean> sink;
    private final Supplier<Optional<Duration>> untilPrompt;
    private final ScheduledExecutorService timer;
    private final Object checking = new Object();
    private boolean closed;

    /**
     * @param untilPrompt how long until a break or its warning may first appear (zero or less: now); empty when
     *                    none is planned
     * @param timer       the app's background executor, where the checks run; not shut down here
     */
    DoNotDisturb(Optional<Probe> fullScreen, Optional<Probe> camera, Optional<Probe> microphone,
                 BiConsumer<DeferReason, Boolean> sink, Supplier<Optional<Duration>> untilPrompt,
                 ScheduledExecutorService timer) {
        this.timer = timer;
        this.fullScreen = new Watch(DeferReason.FULLSCREEN, "full-screen window", fullScreen, FULL_SCREEN_EVERY);
        this.camera = new Watch(DeferReason.CAMERA, "camera in use", camera, CAMERA_EVERY);
        this.microphone = new Watch(DeferReason.MICROPHONE, "microphone in use", microphone, CAMERA_EVERY);
        this.watches = List.of(this.fullScreen, this.camera, this.microphone);
        this.sink = sink;
        this.untilPrompt = untilPrompt;
    }

    /**
     * The probes that work on this desktop; all start switched off.
     *
     * @param untilPrompt how long until a break or its warning may first appear (zero or less: now); empty when
     *                    none is planned
     * @param timer       the app's background executor, where the checks run; not shut down here
     */
    public static DoNotDisturb forSession(DesktopSession session, BiConsumer<DeferReason, Boolean> sink,
                                          Supplier<Optional<Duration>> untilPrompt, ScheduledExecutorService timer) {
        long pid = ProcessHandle.current().pid();
        Optional<Probe> fullScreen = switch (session.os()) {
            case LINUX -> session.x11().map(x -> new X11FullScreenProbe(x, pid));
            case WINDOWS -> WindowsFullScreenProbe.open();
            case MAC, OTHER -> Optional.empty();
        };
        Optional<Probe> camera = switch (session.os()) {
            case LINUX -> Optional.of(LinuxCameraProbe.system());
            case WINDOWS -> Optional.of(WindowsCameraProbe.system());
            case MAC, OTHER -> Optional.empty();
        };
        Optional<Probe> microphone = session.os() == OperatingSystem.LINUX
                ? Optional.of(LinuxMicrophoneProbe.system()) : Optional.empty();
        if (fullScreen.isEmpty()) {
            LOG.info("Full-screen detection is not available on this desktop");
        }
        if (camera.isEmpty()) {
            LOG.info("Camera detection is not available on this desktop");
        }
        if (microphone.isEmpty()) {
            LOG.info("Microphone detection is not available on this desktop");
        }
        return new DoNotDisturb(fullScreen, camera, microphone, sink, untilPrompt, timer);
    }

    public void setFullScreenEnabled(boolean enabled) {
        setEnabled(fullScreen, enabled);
    }

    public void setCameraEnabled(boolean enabled) {
        setEnabled(camera, enabled);
    }

    public void setMicrophoneEnabled(boolean enabled) {
        setEnabled(microphone, enabled);
    }

    /** A break or warning may have come closer: brings sleeping checks forward. Any thread; returns at once. */
    public void replan() {
        onTimer(this::bringChecksForward);
    }

    /** Runs the switched-on checks now, on the background thread. Any thread; returns at once. */
    public void checkSoon() {
        onTimer(() -> {
            synchronized (this) {
                for (Watch watch : watches) {
                    if (watch.isRunning()) {
                        plan(watch, Duration.ZERO);
                    }
                }
            }
        });
    }

    private void onTimer(Runnable task) {
        synchronized (this) {
            if (closed || watches.stream().noneMatch(Watch::isRunning)) {
                return; // nothing switched on: nothing to bring forward
            }
        }
        try {
            timer.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("Do-not-disturb checks already closed");
        }
    }

    /** Runs every switched-on probe now and publishes the result. */
    void checkNow() {
        for (Watch watch : watches) {
            boolean running;
            synchronized (this) {
                running = watch.isRunning();
            }
            if (running) {
                check(watch);
            }
        }
    }

    /** How long until the full-screen check runs next, if it is switched on. */
    synchronized Optional<Duration> nextFullScreenCheck() {
        return Optional.ofNullable(fullScreen.task).map(t -> Duration.ofMillis(t.getDelay(TimeUnit.MILLISECONDS)));
    }

    @Override
    public synchronized void close() {
        closed = true; // a check still running must not plan another one
        for (Watch watch : watches) {
            if (watch.task != null) {
                watch.task.cancel(false);
            }
        }
    }

    private synchronized void setEnabled(Watch watch, boolean enabled) {
        if (watch.probe.isEmpty() || enabled == watch.isRunning()) {
            return;
        }
        if (enabled) {
            plan(watch, Duration.ZERO);
        } else {
            watch.task.cancel(false);
            watch.task = null;
            if (watch.detected) {
                watch.detected = false;
                sink.accept(watch.reason, false);
            }
        }
    }

    private void check(Watch watch) {
        // One check at a time, from probe to publish: an older answer must never overwrite a newer one.
        synchronized (checking) {
            boolean detected;
            try {
                detected = watch.probe.orElseThrow().detected();
            } catch (RuntimeException | LinkageError e) {
                if (!watch.failureLogged) {
                    watch.failureLogged = true;
                    LOG.warn("Checking for a {} failed; treating it as absent", watch.name, e);
                }
                detected = false;
            }
            synchronized (this) {
                if (watch.isRunning() && detected != watch.detected) {
                    watch.detected = detected;
                    LOG.info("Do not disturb: {} {}", watch.name, detected ? "detected, breaks wait" : "ended");
                    sink.accept(watch.reason, detected);
                }
            }
        }
        Duration sleep = sleepUntilNeeded();
        synchronized (this) {
            if (watch.isRunning()) {
                // While something is detected, keep watching for its end; otherwise sleep until the answer matters.
                plan(watch, watch.detected || sleep.compareTo(watch.every) < 0 ? watch.every : sleep);
            }
        }
    }

    private void bringChecksForward() {
        Duration sleep = sleepUntilNeeded();
        synchronized (this) {
            for (Watch watch : watches) {
                if (watch.isRunning() && !watch.detected
                        && watch.task.getDelay(TimeUnit.MILLISECONDS) > sleep.toMillis()) {
                    plan(watch, sleep);
                }
            }
        }
    }

    /** How long the checks may sleep before a break or its warning comes up: zero when one is near. */
    private Duration sleepUntilNeeded() {
        Optional<Duration> until;
        try {
            until = untilPrompt.get();
        } catch (RuntimeException e) {
            LOG.warn("Could not tell when the next break is; checking now", e);
            return Duration.ZERO;
        }
        Duration sleep = until.map(d -> d.minus(LOOKAHEAD)).orElse(LONGEST_SLEEP);
        if (sleep.isNegative()) {
            return Duration.ZERO;
        }
        return sleep.compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : sleep;
    }

    /** Replaces the watch's next check with one after {@code delay}. Guarded by this. */
    private void plan(Watch watch, Duration delay) {
        if (watch.task != null) {
            watch.task.cancel(false);
        }
        if (closed) {
            return;
        }
        watch.task = timer.schedule(() -> check(watch), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One probe, its rate, its running task and its last answer. Guarded by the enclosing instance. */
    private static final class Watch {
        final DeferReason reason;
        final String name;
        final Optional<Probe> probe;
        final Duration every;
        ScheduledFuture<?> task;
        boolean detected;
        volatile boolean failureLogged;

        Watch(DeferReason reason, String name, Optional<Probe> probe, Duration every) {
            this.reason = reason;
            this.name = name;
            this.probe = probe;
            this.every = every;
        }

        boolean isRunning() {
            return task != null;
        }
    }
}
