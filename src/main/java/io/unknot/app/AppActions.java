package io.unknot.app;

import io.unknot.app.remote.DesktopStatus;
import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.core.EngineStatus.CurrentBreak;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.HistoryStore;
import io.unknot.history.PastDrives;
import io.unknot.ui.breakwindow.BreakCommands;
import io.unknot.ui.stats.DriveLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place where user commands reach the engine, the history and the windows: the tray menu, the status window,
 * the command line, the break window's buttons and keys, and "Log a past drive". The UI sees it only through narrow
 * interfaces ({@link AppCommands}, {@link BreakCommands}, {@link DriveLog}). After every engine command the driver is
 * woken, so the change shows at once and the next wake-up is re-planned.
 */
final class AppActions implements AppCommands, BreakCommands, DriveLog {

    private static final Logger LOG = LoggerFactory.getLogger(AppActions.class);

    private final BreakEngine engine;
    private final Runnable wake;
    private final AppWindows windows;
    private final Runnable quit;
    private final Runnable showMain;
    private final String idleSource;
    private final HistoryKeeper history;

    AppActions(BreakEngine engine, Runnable wake, AppWindows windows, Runnable quit, Runnable showMain,
               String idleSource, HistoryKeeper history) {
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
        return woken(raised);
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
        return woken(engine.resume());
    }

    @Override
    public void startDrive() {
        beginDrive();
    }

    @Override
    public boolean beginDrive() {
        LOG.info("User: drive started");
        return woken(engine.startDrive());
    }

    @Override
    public void endDrive() {
        finishDrive();
    }

    @Override
    public boolean finishDrive() {
        LOG.info("User: drive ended");
        return woken(engine.endDrive());
    }

    @Override
    public void breakShown() {
        engine.breakShown();
        wake.run();
    }

    @Override
    public boolean completeBreak() {
        LOG.info("User: break done");
        return woken(engine.completeBreak());
    }

    @Override
    public boolean nextMove() {
        return woken(engine.nextMove());
    }

    @Override
    public boolean postponeBreak() {
        LOG.info("User: postpone the break");
        return woken(engine.postponeBreak());
    }

    @Override
    public boolean skipBreak() {
        LOG.info("User: skip the break");
        return woken(engine.skipBreak());
    }

    /** The engine's answer to a command, once the driver has caught up with it. */
    private boolean woken(boolean answer) {
        wake.run();
        return answer;
    }

    @Override
    public Optional<CurrentBreak> currentBreak() {
        return engine.status().currentBreak();
    }

    /** Stores the drive, then counts it into today's totals and the daily limit. */
    @Override
    public Optional<PastDrives.Overlap> logPastDrive(Instant start, Duration length) throws IOException {
        LOG.info("User: log a past drive of {}", length);
        HistoryStore store = history.store().orElseThrow(() -> new IOException(history.health().detail()));
        Optional<PastDrives.Overlap> overlap = PastDrives.log(store, start, length);
        if (overlap.isEmpty()) {
            engine.driveLogged(start, length);
            wake.run();
        }
        return overlap;
    }

    @Override
    public HistoryKeeper.Health history() {
        return history.health();
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
