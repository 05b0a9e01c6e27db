package io.unknot.app;

import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.platform.x11.TrayHostWatch;
import io.unknot.ui.WindowWork;
import io.unknot.ui.status.StatusWindow;
import io.unknot.ui.tray.StatusNotice;
import io.unknot.ui.tray.TrayActions;
import io.unknot.ui.tray.TrayController;
import io.unknot.ui.tray.TrayInstall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Where the user sees Unknot: the tray icon, or the status window while there is none. At login the panel often
 * starts after autostart apps, and a panel may restart; on X11 a {@link TrayHostWatch} reports its tray host
 * coming and going, and Unknot moves into the tray (closing the status window) or back into the window.
 */
final class StatusViews {

    private static final Logger LOG = LoggerFactory.getLogger(StatusViews.class);
    private final Language language;
    private final Messages texts;

    private final TrayActions actions;
    private final Supplier<EngineStatus> status;
    private final Runnable openSettings;
    private final Runnable afterTrayInstall;
    private final Supplier<Optional<StatusNotice>> notice;
    private final ScheduledExecutorService background;
    private volatile Optional<TrayController> tray = Optional.empty();
    private Optional<TrayHostWatch> hostWatch = Optional.empty();
    /** Swing work goes through here: with the icon in the tray, none is needed. */
    private final WindowWork swing = new WindowWork();
    /** Touched on the EDT only. */
    private Optional<StatusWindow> window = Optional.empty();
    private volatile String noTrayReason = "";

    /** @param notice a line both views show while it lasts (history not saved) */
    StatusViews(Language language, TrayActions actions, Supplier<EngineStatus> status, Runnable openSettings,
                Runnable afterTrayInstall, Supplier<Optional<StatusNotice>> notice,
                ScheduledExecutorService background) {
        this.language = language;
        this.texts = language.messages("status");
        this.notice = notice;
        this.background = background;
        this.actions = actions;
        this.status = status;
        this.openSettings = openSettings;
        this.afterTrayInstall = afterTrayInstall;
    }

    /** Puts Unknot in the tray, or in the status window saying why not; on X11, watches the tray host. */
    synchronized void show(Optional<TrayHostWatch> watch) {
        hostWatch = watch;
        watch.ifPresent(w -> w.start(this::trayHostChanged));
        install();
    }

    /** The status window when there is no tray icon (also when it was closed to run hidden), else Settings. */
    void showMain() {
        if (tray.isPresent()) {
            openSettings.run();
        } else {
            swing.show(() -> window.ifPresentOrElse(StatusWindow::showWindow, () -> openWindow(noTrayReason)));
        }
    }

    void refresh() {
        tray.ifPresent(TrayController::refresh);
        swing.update(() -> window.ifPresent(StatusWindow::refresh));
    }

    synchronized void remove() {
        tray.ifPresent(TrayController::remove);
        swing.update(this::closeWindow);
    }

    private synchronized void install() {
        BooleanSupplier hostPresent = hostWatch.<BooleanSupplier>map(watch -> watch::present)
                .orElse(java.awt.SystemTray::isSupported);
        TrayInstall install = TrayController.attempt(language, actions, status, notice, hostPresent, background);
        afterTrayInstall.run();
        tray = install.controller();
        if (install instanceof TrayInstall.Unavailable unavailable) {
            noTrayReason = unavailable.reason();
            swing.show(() -> openWindow(unavailable.reason()));
        } else {
            swing.update(this::closeWindow);
        }
    }

    /**
     * On the watch thread. A GtkStatusIcon or Swing icon docks again by itself when a host comes back, so only a
     * missing icon needs creating; the status window covers the time without a host.
     */
    private synchronized void trayHostChanged(boolean present) {
        if (present) {
            if (tray.isEmpty()) {
                LOG.info("a system tray appeared: moving into it");
                install();
            } else {
                swing.update(this::closeWindow);
            }
        } else if (tray.map(TrayController::dependsOnXEmbedHost).orElse(false)) {
            swing.show(() -> openWindow(texts.text("reason.trayHostLeft")));
        }
    }

    private void openWindow(String reason) {
        closeWindow();
        StatusWindow opened = new StatusWindow(language, actions, status, Optional.of(reason), notice);
        opened.showWindow();
        window = Optional.of(opened);
    }

    private void closeWindow() {
        window.ifPresent(StatusWindow::close);
        window = Optional.empty();
    }
}
