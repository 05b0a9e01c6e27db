package io.unknot.app;

import io.unknot.app.remote.ControlServer;
import io.unknot.app.remote.InstanceLock;
import io.unknot.catalog.CatalogFiles;
import io.unknot.core.BreakEngine;
import io.unknot.core.EngineEvent;
import io.unknot.core.suggest.SuggestionCatalog;
import io.unknot.core.suggest.SuggestionPicker;
import io.unknot.history.HealthText;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.HistoryRecorder;
import io.unknot.history.PastDrives;
import io.unknot.history.TodaySoFar;
import io.unknot.i18n.Language;
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
import io.unknot.platform.x11.TrayHostWatch;
import io.unknot.platform.x11.XConnection;
import io.unknot.scheduling.EngineDriver;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.breakwindow.BreakWindows;
import io.unknot.ui.settings.AboutInfo;
import io.unknot.ui.sound.Sounds;
import io.unknot.ui.theme.Appearance;
import io.unknot.ui.tray.StatusNotice;
import io.unknot.ui.tray.TrayHeadStart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The running app, wired by hand: who talks to whom is all in the constructor. */
final class App {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** The user's own suggestions, in the data folder. */
    private static final String USER_SUGGESTIONS = "suggestions.txt";
    /** How long the system may wait for a Quit in progress when it ends the process. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final CountDownLatch stopped = new CountDownLatch(1);
    /** The history notice line last logged. */
    private Optional<String> noticeLogged = Optional.empty();
    private final AtomicBoolean quitting = new AtomicBoolean();
    private final InstanceLock lock;
    private final ScheduledExecutorService background = Background.create();
    private final Settings settings;
    private final Language language;
    private final HealthText healthText;
    private final Optional<DesktopBus> desktopBus;
    private final BreakEngine engine;
    private final EngineDriver driver;
    private final DoNotDisturb doNotDisturb;
    private final DesktopLink desktopLink;
    private final HistoryKeeper history;
    private final HistoryRecorder recorder;
    private final AppWindows windows;
    private final AppActions actions;
    private final StatusViews views;
    private final Optional<ControlServer> control;
    private final Optional<Autostart> autostart;

    /** Builds every part and wires who talks to whom; {@link #start} then sets them going. */
    private App(AppDirs dirs, InstanceLock lock, Settings settings, Language language, Path logFile,
                String version) {
        LOG.info("Unknot {} starting; data in {}, log {}", version, dirs.data(), logFile);
        this.lock = lock;
        this.settings = settings;
        this.language = language;
        this.healthText = new HealthText(language);
        Clock clock = Clock.systemDefaultZone();
        DesktopSession session = DesktopSession.detect();
        // Like the session's, before GTK starts: an XOpenDisplay beside GTK's start can hang both (XConnection.open).
        Optional<TrayHostWatch> trayHostWatch = session.x11().flatMap(x -> TrayHostWatch.open());
        // The tray's slow parts start now, beside the wiring below; ours goes back on top of GTK's X error handler.
        TrayHeadStart.begin(() -> session.x11().ifPresent(XConnection::reassertErrorHandler));
        language.setLocale(settings.get(Keys.LANGUAGE).locale());
        Appearance appearance = new Appearance();
        appearance.followFromFirstWindow(settings);

        desktopBus = session.os() == OperatingSystem.LINUX
                ? Optional.of(DesktopBus.connect(System.getenv())) : Optional.empty();
        IdleChoice idle = IdleSources.forSession(session, desktopBus.flatMap(bus -> bus.idle(session)));
        engine = new BreakEngine(clock, System::nanoTime, idle.source(), settings.breakSettings(),
                picker(dirs, settings, language, clock));
        engine.setFaultListener((what, cause) -> LOG.warn(what, cause));
        // Activity is sampled twice per idle threshold; breaks and warnings fire on their own trigger, on time.
        driver = new EngineDriver(engine, EngineDriver.heartbeatFor(settings.get(Keys.IDLE_THRESHOLD)));
        doNotDisturb = DoNotDisturb.forSession(session, (reason, deferred) -> {
            engine.setDeferred(reason, deferred);
            driver.wake();
        }, this::untilBreakOrWarning, background);
        desktopLink = new DesktopLink(engine, settings, clock, this::wake);

        history = HistoryKeeper.open(dirs.data(), clock);
        recorder = new HistoryRecorder(history);
        engine.addListener(recorder);
        windows = new AppWindows(settings, appearance, language, new AboutInfo(version, logFile, dirs.data()),
                history, clock, this::logPastDrive);
        actions = new AppActions(engine, this::wake, windows, this::quit, this::showMain, idle.id(), history);
        BreakWindows breakWindows = new BreakWindows(language, actions, settings,
                Sounds.withClips(settings, background));
        breakWindows.healthTips(windows::openHealthTipsFromBreak);
        desktopBus.flatMap(DesktopBus::notifications).ifPresent(notifications -> {
            WarningNotifications warnings = new WarningNotifications(language, notifications, settings, engine,
                    this::wake);
            engine.addListener(warnings); // before the break windows, which ask it whether it warned
            breakWindows.warnedElsewhere(warnings::lastWarningSent);
        });
        engine.addListener(breakWindows);
        carryOverToday(clock); // after the listeners: a daily limit it reaches is announced and recorded

        appearance.awaitFirstLook(); // the status window may be next
        // Loading the tray may load GTK, whose X error handler would end the process on an error on Unknot's
        // own X connection: ours goes back on top after every tray install.
        views = new StatusViews(language, actions, engine::status, windows::openSettings,
                () -> session.x11().ifPresent(XConnection::reassertErrorHandler), this::historyNotice, background);
        views.show(trayHostWatch);
        history.addHealthListener(health -> {
            windows.historyTroubled(health);
            views.refresh(); // the notice line comes and goes with the trouble
            logNotice();
        });
        logNotice();
        windows.historyTroubled(history.health());
        engine.addListener(this::refreshStatus);
        control = startControl(dirs);

        doNotDisturb.setFullScreenEnabled(settings.get(Keys.DEFER_FULLSCREEN));
        doNotDisturb.setCameraEnabled(settings.get(Keys.DEFER_CAMERA));
        doNotDisturb.setMicrophoneEnabled(settings.get(Keys.DEFER_MICROPHONE));
        desktopBus.ifPresent(bus -> bus.watch(desktopLink, clock));
        SessionEvents.forCurrentOs(desktopLink::desktop, clock);
        autostart = Autostart.forCurrentOs();
        followSettings();
        NativeHeap.forCurrentOs().map(heap -> new HeapTrimmer(heap, background)).ifPresent(trimmer -> {
            engine.addListener(trimmer);
            trimmer.start();
        });
    }

    /** Wires and starts everything; the caller then waits in {@link #awaitQuit()}. */
    static App start(AppDirs dirs, InstanceLock lock, Settings settings, Language language, Path logFile,
                     String version) {
        App app = new App(dirs, lock, settings, language, logFile, version);
        if (app.settings.get(Keys.START_AT_LOGIN)) {
            app.applyAutostart(true); // refreshes the entry, e.g. after Unknot was moved
        }
        app.recorder.startRetention(() -> app.settings.get(Keys.HISTORY_RETENTION));
        app.driver.start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::terminated, "unknot-terminated"));
        LOG.info("Unknot is running");
        return app;
    }

    private static SuggestionPicker picker(AppDirs dirs, Settings settings, Language language, Clock clock) {
        long loading = System.nanoTime();
        SuggestionCatalog catalog = CatalogFiles.load(language.locale(),
                Optional.of(dirs.data().resolve(USER_SUGGESTIONS)));
        LOG.info("{} suggestions loaded in {} ms", catalog.all().size(), (System.nanoTime() - loading) / 1_000_000);
        return new SuggestionPicker(catalog, () -> settings.get(Keys.CATEGORIES),
                () -> settings.get(Keys.FOCUS_AREA), new Random(), clock.getZone());
    }

    private Optional<ControlServer> startControl(AppDirs dirs) {
        try {
            return Optional.of(ControlServer.start(dirs.controlSocket(),
                    new RemoteCommands(language, actions, ZoneId::systemDefault), language.messages("cli")));
        } catch (IOException e) {
            LOG.error("No remote control this session: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What each setting change means beyond the engine's rules, typed per setting; after any change the engine
     * takes the new rules, the driver re-plans and the views show it.
     */
    private void followSettings() {
        settings.onChange(Keys.LANGUAGE, language -> {
            this.language.setLocale(language.locale());
            windows.languageChanged();
        });
        settings.onChange(Keys.DEFER_FULLSCREEN, doNotDisturb::setFullScreenEnabled);
        settings.onChange(Keys.DEFER_CAMERA, doNotDisturb::setCameraEnabled);
        settings.onChange(Keys.DEFER_MICROPHONE, doNotDisturb::setMicrophoneEnabled);
        settings.onChange(Keys.DEFER_DESKTOP_DND, on -> desktopLink.applySettings());
        settings.onChange(Keys.DEFER_INHIBITED, on -> desktopLink.applySettings());
        settings.onChange(Keys.START_AT_LOGIN, this::applyAutostart);
        settings.onChange(Keys.HISTORY_RETENTION, keep -> recorder.retainNow());
        settings.onChange(Keys.IDLE_THRESHOLD, threshold -> driver.setHeartbeat(EngineDriver.heartbeatFor(threshold)));
        settings.onAnyChange(change -> {
            engine.updateSettings(settings.breakSettings());
            wake();
            refreshViews();
        });
    }

    /** "Log a past drive" from the statistics window: a command like any other. */
    private Optional<PastDrives.Overlap> logPastDrive(Instant start, Duration length) throws IOException {
        return actions.logPastDrive(start, length);
    }

    private void showMain() {
        views.showMain();
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
     * While history is not being saved (read-only, unavailable), the tray menu and the status window say so in a
     * line of their own; it goes when history is saved again. Records lost stay counted in status --json.
     */
    private Optional<StatusNotice> historyNotice() {
        HistoryKeeper.Health health = history.health();
        return health.state() == HistoryKeeper.State.OK ? Optional.empty()
                : Optional.of(new StatusNotice(healthText.title(health), healthText.body(health)));
    }

    /** Says in the log (the console, when the log folder is what cannot be written) when the notice line changes. */
    private synchronized void logNotice() {
        Optional<String> line = historyNotice().map(StatusNotice::line);
        if (!line.equals(noticeLogged)) {
            noticeLogged = line;
            line.ifPresentOrElse(l -> LOG.warn("The tray menu and the status window show: {}", l),
                    () -> LOG.info("The history notice is gone from the tray menu and the status window"));
        }
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
        background.shutdownNow(); // after everything that runs on it has stopped
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
