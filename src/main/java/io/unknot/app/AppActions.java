package io.unknot.app;

import io.unknot.app.remote.DesktopStatus;
import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.history.HistoryKeeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The one place where user commands (tray menu, status window, command line) reach the engine and the windows.
 * After every engine command the driver is woken, so the change shows at once and the next wake-up is re-planned.
 */
final class AppActions implements AppCommands {

    private static final Logger LOG = LoggerFactory.getLogger(AppActions.class);

    private final BreakEngine engine;
    private final Runnable wake;
    private final AppWindows windows;
    private final Runnable quit;
    private final Runnable showMain;
    private final String idleSource;
    private final Supplier<HistoryKeeper.Health> history;

    AppActions(BreakEngine engine, Runnable wake, AppWindows windows, Runnable quit, Runnable showMain,
               String idleSource, Supplier<HistoryKeeper.Health> history) {
        this.engine = engine;
        this.idleSource = idleSource;
        this.wake = wake;
        this.windows = windows;
        this.quit = quit;
        this.showMain = showMain;
        this.history = history;
    }

    @Override
    public void takeBreak(BreakKind kind) {
        breakNow(kind);
    }

    @Override
    public boolean breakNow(BreakKind kind) {
        boolean raised = engine.takeBreakNow(kind);
        LOG.info("User: take a {} break now: {}", kind.id(), raised ? "done" : "a break is on screen; ignored");
        wake.run();
        return raised;
    }

    @Override
    public void pause(Duration length) {
        LOG.info("User: pause for {}", length);
        engine.pause(length);
        wake.run();
    }

    @Override
    public void pauseUntilTomorrow() {
        LOG.info("User: pause until tomorrow");
        engine.pauseUntilTomorrow();
        wake.run();
    }

    @Override
    public void pauseIndefinitely() {
        LOG.info("User: pause until resumed");
        engine.pauseIndefinitely();
        wake.run();
    }

    @Override
    public void resume() {
        endPause();
    }

    @Override
    public boolean endPause() {
        LOG.info("User: resume");
        boolean ended = engine.resume();
        wake.run();
        return ended;
    }

    @Override
    public void startDrive() {
        beginDrive();
    }

    @Override
    public boolean beginDrive() {
        LOG.info("User: drive started");
        boolean started = engine.startDrive();
        wake.run();
        return started;
    }

    @Override
    public void endDrive() {
        finishDrive();
    }

    @Override
    public boolean finishDrive() {
        LOG.info("User: drive ended");
        boolean ended = engine.endDrive();
        wake.run();
        return ended;
    }

    @Override
    public HistoryKeeper.Health history() {
        return history.get();
    }

    @Override
    public EngineStatus status() {
        wake.run(); // a fresh sample: scripts should not see a state up to one heartbeat old
        return engine.status();
    }

    @Override
    public void showMain() {
        showMain.run();
    }

    @Override
    public DesktopStatus desktopStatus() {
        return new DesktopStatus(idleSource, engine.deferredBy());
    }

    @Override
    public void openSettings() {
        windows.openSettings();
    }

    @Override
    public void openStatistics() {
        windows.openStatistics();
    }

    @Override
    public void openHealthTips() {
        windows.openHealthTips();
    }

    @Override
    public void quit() {
        LOG.info("User: quit");
        quit.run();
    }
}
