package io.unknot.app;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

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

    AppActions(BreakEngine engine, Runnable wake, AppWindows windows, Runnable quit, Runnable showMain) {
        this.engine = engine;
        this.wake = wake;
        this.windows = windows;
        this.quit = quit;
        this.showMain = showMain;
    }

    @Override
    public void takeBreak(BreakKind kind) {
        LOG.info("User: take a {} break now", kind.id());
        engine.takeBreakNow(kind);
        wake.run();
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
        LOG.info("User: resume");
        engine.resume();
        wake.run();
    }

    @Override
    public void startDrive() {
        LOG.info("User: drive started");
        engine.startDrive();
        wake.run();
    }

    @Override
    public void endDrive() {
        LOG.info("User: drive ended");
        engine.endDrive();
        wake.run();
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
