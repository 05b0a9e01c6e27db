package io.unknot.app;

import io.unknot.app.remote.ControlServer;
import io.unknot.app.remote.InstanceLock;
import io.unknot.core.BreakEngine;
import io.unknot.core.EngineEvent;
import io.unknot.core.Ticker;
import io.unknot.core.suggest.SuggestionCatalog;
import io.unknot.core.suggest.SuggestionPicker;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.HistoryRecorder;
import io.unknot.history.TodaySoFar;
import io.unknot.i18n.Messages;
import io.unknot.platform.AppDirs;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.NativeHeap;
import io.unknot.platform.OperatingSystem;
import io.unknot.platform.autostart.Autostart;
import io.unknot.platform.dbus.DesktopBus;
import io.unknot.platform.dnd.DoNotDisturb;
import io.unknot.platform.idle.IdleChoice;
import io.unknot.platform.idle.IdleSources;
import io.unknot.platform.session.SessionEvents;
import io.unknot.platform.x11.XConnection;
import io.unknot.scheduling.EngineDriver;
import io.unknot.settings.Keys;
import io.unknot.settings.Language;
import io.unknot.settings.Setting;
import io.unknot.settings.Settings;
import io.unknot.ui.breakwindow.BreakWindows;
import io.unknot.ui.settings.AboutInfo;
import io.unknot.ui.sound.Sounds;
import io.unknot.ui.theme.Themes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The running app, wired by hand: who talks to whom is all in {@link #wire}. */
final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** The user's own suggestions, in the data folder. */
    private static final String USER_SUGGESTIONS = "suggestions.txt";
    /** How long the system may wait for a Quit in progress when it ends the process. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final InstanceLock lock;
    private Settings settings;
    private BreakEngine engine;
    private EngineDriver driver;
    private HistoryKeeper history;
    private HistoryRecorder recorder;
    private AppWindows windows;
    private AppActions actions;
    private StatusViews views;
    private Optional<Autostart> autostart = Optional.empty();
    private DoNotDisturb doNotDisturb;
    private Optional<DesktopBus> desktopBus = Optional.empty();
    private DesktopLink desktopLink;
    private Optional<ControlServer> control = Optional.empty();
    private final AtomicBoolean quitting = new AtomicBoolean();

    private App(InstanceLock lock) {
        this.lock = lock;
    }

    /** Wires and starts everything; the caller then waits in {@link #awaitQuit()}. */
    static App start(AppDirs dirs, InstanceLock lock, Path logFile, String version) throws IOException {
        App app = new App(lock);
        app.wire(dirs, logFile, version);
        return app;
    }

    private void wire(AppDirs dirs, Path logFile, String version) throws IOException {
        LOG.info("Unknot {} starting; data in {}, log {}", version, dirs.data(), logFile);
        Clock clock = Clock.systemDefaultZone();
        settings = Settings.openDefault();
        Messages.setLocale(settings.get(Keys.LANGUAGE).locale());
        Themes.follow(settings); // before the first window

        DesktopSession session = DesktopSession.detect();
        if (session.os() == OperatingSystem.LINUX) {
            desktopBus = Optional.of(DesktopBus.connect(System.getenv()));
        }
        IdleChoice idle = IdleSources.forSession(session, desktopBus.flatMap(bus -> bus.idle(session)));
        long loading = System.nanoTime();
        SuggestionCatalog catalog = SuggestionCatalog.load(Messages.locale(),
                Optional.of(dirs.data().resolve(USER_SUGGESTIONS)));
        LOG.info("{} suggestions loaded in {} ms", catalog.all().size(), (System.nanoTime() - loading) / 1_000_000);
        SuggestionPicker picker = new SuggestionPicker(catalog, () -> settings.get(Keys.CATEGORIES),
                () -> settings.get(Keys.FOCUS_AREA), new Random(), clock.getZone());
        engine = new BreakEngine(clock, Ticker.system(), idle.source(), settings.breakSettings(), picker);
        // Activity is sampled twice per idle threshold; breaks and warnings fire on their own trigger, on time.
        driver = new EngineDriver(engine, EngineDriver.heartbeatFor(settings.get(Keys.IDLE_THRESHOLD)));
        doNotDisturb = DoNotDisturb.forSession(session, (reason, deferred) -> {
            engine.setDeferred(reason, deferred);
            driver.wake();
        }, this::untilBreakOrWarning);
        desktopLink = new DesktopLink(engine, settings, clock, this::wake);

        history = HistoryKeeper.open(dirs.data(), clock);
        recorder = new HistoryRecorder(history);
        engine.addListener(recorder);
        recorder.startRetention(() -> settings.get(Keys.HISTORY_RETENTION));
        windows = new AppWindows(settings, new AboutInfo(version, logFile, dirs.data()), history, clock,
                (start, length) -> actions.logPastDrive(start, length));
        actions = new AppActions(engine, this::wake, windows, this::quit, () -> views.showMain(), idle.id(), history);
        BreakWindows breakWindows = new BreakWindows(actions, settings, new Sounds(settings));
        desktopBus.flatMap(DesktopBus::notifications).ifPresent(notifications -> {
            WarningNotifications warnings = new WarningNotifications(notifications, settings, engine, this::wake);
            engine.addListener(warnings); // before the break windows, which ask it whether it warned
            breakWindows.warnedElsewhere(warnings::lastWarningSent);
        });
        engine.addListener(breakWindows);
        carryOverToday(clock); // after the listeners: a daily limit it reaches is announced and recorded

        // Loading the tray may load GTK, whose X error handler would end the process on an error on Unknot's
        // own X connection: ours goes back on top after every tray install.
        views = new StatusViews(actions, engine::status, windows::openSettings,
                () -> session.x11().ifPresent(XConnection::reassertErrorHandler));
        views.show(session.x11().isPresent());
        history.addHealthListener(health -> windows.historyTroubled(health));
        windows.historyTroubled(history.health());
        engine.addListener(this::refreshStatus);

        try {
            control = Optional.of(ControlServer.start(dirs.controlSocket(),
                    new RemoteCommands(actions, ZoneId::systemDefault)));
        } catch (IOException e) {
            LOG.error("No remote control this session: {}", e.getMessage());
        }

        doNotDisturb.setFullScreenEnabled(settings.get(Keys.DEFER_FULLSCREEN));
        doNotDisturb.setCameraEnabled(settings.get(Keys.DEFER_CAMERA));
        doNotDisturb.setMicrophoneEnabled(settings.get(Keys.DEFER_MICROPHONE));
        desktopBus.ifPresent(bus -> bus.watch(desktopLink, clock));
        SessionEvents.forCurrentOs(desktopLink::desktop, clock);
        autostart = Autostart.forCurrentOs();
        if (settings.get(Keys.START_AT_LOGIN)) {
            applyAutostart(true); // refreshes the entry, e.g. after Unknot was moved
        }
        settings.addListener(this::settingChanged);
        NativeHeap.forCurrentOs().map(HeapTrimmer::new).ifPresent(trimmer -> {
            engine.addListener(trimmer);
            trimmer.start();
        });
        driver.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::terminated, "unknot-terminated"));
        LOG.info("Unknot is running");
    }

    /** Today's totals go on from what the history holds, so a restart does not set them back to zero. */
    private void carryOverToday(Clock clock) {
        history.store().ifPresent(store -> {
            try {
                engine.carryOver(TodaySoFar.read(store, clock.instant()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Today's totals could not be read from the history; counting from zero: {}", e.toString());
            }
        });
    }

    /**
     * Minute counts are refreshed by the views' own calm timers; anything else shows at once, and may bring a
     * break closer (a pause or the working hours ending), which do-not-disturb must know.
     */
    private void refreshStatus(EngineEvent event) {
        if (!(event instanceof EngineEvent.TimeAccrued)) {
            refreshViews();
            doNotDisturb.replan();
        }
    }

    /** When do-not-disturb's answer first matters: how long until the next break or its warning may appear. */
    private Optional<Duration> untilBreakOrWarning() {
        return engine.status().nextBreak().map(next -> next.in().minus(engine.settings().warningLead()));
    }

    private void settingChanged(Setting<?> setting, Object before, Object after) {
        if (setting.equals(Keys.LANGUAGE)) {
            Messages.setLocale(((Language) after).locale());
            windows.languageChanged();
        } else if (setting.equals(Keys.DEFER_FULLSCREEN)) {
            doNotDisturb.setFullScreenEnabled((Boolean) after);
        } else if (setting.equals(Keys.DEFER_CAMERA)) {
            doNotDisturb.setCameraEnabled((Boolean) after);
        } else if (setting.equals(Keys.DEFER_MICROPHONE)) {
            doNotDisturb.setMicrophoneEnabled((Boolean) after);
        } else if (setting.equals(Keys.DEFER_DESKTOP_DND) || setting.equals(Keys.DEFER_INHIBITED)) {
            desktopLink.applySettings();
        } else if (setting.equals(Keys.START_AT_LOGIN)) {
            applyAutostart((Boolean) after);
        } else if (setting.equals(Keys.HISTORY_RETENTION)) {
            recorder.retainNow();
        } else if (setting.equals(Keys.IDLE_THRESHOLD)) {
            driver.setHeartbeat(EngineDriver.heartbeatFor((Duration) after));
        }
        engine.updateSettings(settings.breakSettings());
        wake();
        refreshViews();
    }

    private void refreshViews() {
        views.refresh();
    }

    private void applyAutostart(boolean on) {
        if (autostart.isEmpty()) {
            LOG.warn("Start at login is not supported on this system");
            return;
        }
        try {
            if (on) {
                autostart.get().enable();
            } else {
                autostart.get().disable();
            }
        } catch (IOException e) {
            LOG.warn("Could not {} start at login: {}", on ? "enable" : "disable", e.getMessage());
        }
    }

    /**
     * After every command, status request and settings change: the engine catches up, and do-not-disturb looks
     * again, so the user sees whether breaks wait now, even while its checks sleep far from a break.
     */
    private void wake() {
        driver.wake();
        doNotDisturb.checkSoon();
    }

    /** Starts the orderly shutdown on its own thread, so a caller on the EDT or the control thread can return. */
    void quit() {
        if (quitting.compareAndSet(false, true)) {
            new Thread(this::shutDown, "unknot-shutdown").start();
        }
    }

    /** Ended from outside (logout, SIGTERM) rather than by Quit: still write the history and remove the socket. */
    private void terminated() {
        if (quitting.compareAndSet(false, true)) {
            LOG.info("Unknot terminated by the system");
            stopServices();
            stopped.countDown();
        } else {
            awaitStopped(); // a Quit is under way: let it finish before the JVM halts
        }
    }

    private void shutDown() {
        LOG.info("Unknot quitting");
        views.remove();
        stopServices();
        LOG.info("Unknot stopped");
        stopped.countDown();
    }

    private void stopServices() {
        control.ifPresent(ControlServer::close); // lets the answer to a remote "quit" go out first
        doNotDisturb.close();
        desktopBus.ifPresent(DesktopBus::close);
        driver.stop();
        recorder.close(); // writes the minute in progress
        try {
            history.close();
        } catch (IOException e) {
            LOG.warn("Closing the history failed", e);
        }
        try {
            lock.close();
        } catch (IOException e) {
            LOG.debug("Releasing the instance lock", e);
        }
    }

    /** Blocks until the app has shut down; the exit code for the process. */
    int awaitQuit() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void awaitStopped() {
        try {
            stopped.await(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
