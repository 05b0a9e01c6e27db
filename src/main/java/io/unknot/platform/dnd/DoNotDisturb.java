package io.unknot.platform.dnd;

import io.unknot.platform.DesktopSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches for moments when a break must wait: a full-screen window (a presentation, a film, a game) or a camera
 * in use (a call). Each watch can be switched on and off and runs on one shared background thread at a calm rate;
 * whenever the combined answer changes, it is handed to the sink (the engine's defer flag).
 */
public final class DoNotDisturb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DoNotDisturb.class);

    /** A window going full screen should be noticed before the next warning; the check is a few X round trips. */
    static final Duration FULL_SCREEN_EVERY = Duration.ofSeconds(5);
    /** Scanning processes costs more, and calls last long. */
    static final Duration CAMERA_EVERY = Duration.ofSeconds(30);

    private final Watch fullScreen;
    private final Watch camera;
    private final Consumer<Boolean> sink;
    private ScheduledExecutorService timer;
    private boolean published;

    DoNotDisturb(Optional<Probe> fullScreen, Optional<Probe> camera, Consumer<Boolean> sink) {
        this.fullScreen = new Watch("full-screen window", fullScreen, FULL_SCREEN_EVERY);
        this.camera = new Watch("camera in use", camera, CAMERA_EVERY);
        this.sink = sink;
    }

    /** The probes that work on this desktop; both start switched off. */
    public static DoNotDisturb forSession(DesktopSession session, Consumer<Boolean> sink) {
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
        if (fullScreen.isEmpty()) {
            LOG.info("Full-screen detection is not available on this desktop");
        }
        if (camera.isEmpty()) {
            LOG.info("Camera detection is not available on this desktop");
        }
        return new DoNotDisturb(fullScreen, camera, sink);
    }

    public void setFullScreenEnabled(boolean enabled) {
        setEnabled(fullScreen, enabled);
    }

    public void setCameraEnabled(boolean enabled) {
        setEnabled(camera, enabled);
    }

    /** Runs every switched-on probe now and publishes the result. */
    void checkNow() {
        for (Watch watch : new Watch[] {fullScreen, camera}) {
            boolean running;
            synchronized (this) {
                running = watch.isRunning();
            }
            if (running) {
                check(watch);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private synchronized void setEnabled(Watch watch, boolean enabled) {
        if (watch.probe.isEmpty() || enabled == watch.isRunning()) {
            return;
        }
        if (enabled) {
            watch.task = timer().scheduleWithFixedDelay(() -> check(watch), 0, watch.every.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            watch.task.cancel(false);
            watch.task = null;
            watch.detected = false;
            publish();
        }
    }

    private void check(Watch watch) {
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
                publish();
            }
        }
    }

    private void publish() {
        boolean now = fullScreen.detected || camera.detected;
        if (now != published) {
            published = now;
            sink.accept(now);
        }
    }

    private ScheduledExecutorService timer() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "unknot-do-not-disturb");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
        }
        return timer;
    }

    /** One probe, its rate, its running task and its last answer. Guarded by the enclosing instance. */
    private static final class Watch {
        final String name;
        final Optional<Probe> probe;
        final Duration every;
        ScheduledFuture<?> task;
        boolean detected;
        volatile boolean failureLogged;

        Watch(String name, Optional<Probe> probe, Duration every) {
            this.name = name;
            this.probe = probe;
            this.every = every;
        }

        boolean isRunning() {
            return task != null;
        }
    }
}
