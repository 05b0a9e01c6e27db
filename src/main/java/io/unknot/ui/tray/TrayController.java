package io.unknot.ui.tray;

import io.unknot.core.EngineStatus;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.ui.StatusText;
import io.unknot.ui.icons.ProgressIcon;
import io.unknot.ui.icons.TrayIconState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Keeps the tray icon, its tooltip and its menu in step with the engine. The app calls {@link #refresh()} on every
 * engine state change; between those a single timer refreshes every 30 seconds so minute counts stay true. The tray
 * is touched only when the picture, the text or the menu really changed.
 */
public final class TrayController {

    private static final Logger LOG = LoggerFactory.getLogger(TrayController.class);
    /** Minute-resolution text needs no more; anything faster would wake the CPU for nothing. */
    static final Duration CALM_REFRESH = Duration.ofSeconds(30);
    /** The ring on the icon moves at most this often when nothing else changed: a tray icon should be calm. */
    static final Duration RING_REDRAW = Duration.ofMinutes(1);

    private final TrayView view;
    private final Supplier<EngineStatus> status;
    private final StatusText text;
    private final Supplier<Optional<StatusNotice>> notice;
    private final ScheduledExecutorService timer;
    private volatile Optional<ScheduledFuture<?>> calmRefresh = Optional.empty();
    private List<MenuEntry> shownMenu;
    private TrayIconState shownIcon;
    private int shownStep = -1;
    private Instant shownStepAt = Instant.MIN;
    private String shownTooltip;

    /** @param timer the app's background executor, where the calm refresh runs; not shut down here */
    TrayController(TrayView view, Supplier<EngineStatus> status, StatusText text,
                   Supplier<Optional<StatusNotice>> notice, ScheduledExecutorService timer) {
        this.view = view;
        this.status = status;
        this.text = text;
        this.notice = notice;
        this.timer = timer;
    }

    /**
     * Puts Unknot in the system tray, or says why it cannot (the reason is logged too). Menu commands run on the
     * EDT. {@code xembedHostPresent} tells whether an XEmbed tray host runs now: without one a GtkStatusIcon would
     * wait silently for a tray that never comes.
     */
    public static TrayInstall attempt(Language language, TrayActions actions, Supplier<EngineStatus> status,
                                      Supplier<Optional<StatusNotice>> notice, BooleanSupplier xembedHostPresent,
                                      ScheduledExecutorService timer) {
        // The menu's callbacks need the controller, which needs the tray first: the reference closes the loop.
        AtomicReference<TrayController> self = new AtomicReference<>();
        Messages texts = language.messages("tray");
        DorkboxTray.Opened opened = DorkboxTray.open(texts, command -> SwingUtilities.invokeLater(() -> {
            command.runOn(actions);
            Optional.ofNullable(self.get()).ifPresent(TrayController::refresh);
        }), xembedHostPresent);
        if (opened.tray().isEmpty()) {
            LOG.warn("no tray icon: {}", opened.failure());
            return new TrayInstall.Unavailable(opened.failure());
        }
        TrayController controller = new TrayController(opened.tray().get(), status, StatusText.systemDefault(language),
                notice, timer);
        self.set(controller);
        controller.start();
        return new TrayInstall.Installed(controller);
    }

    /**
     * Whether the icon lives in an XEmbed tray host (GtkStatusIcon, Swing): it is gone from sight while that host
     * is gone, and docks again by itself when a host comes back.
     */
    public boolean dependsOnXEmbedHost() {
        return view.dependsOnXEmbedHost();
    }

    void start() {
        refresh();
        long period = CALM_REFRESH.toMillis();
        calmRefresh = Optional.of(
                timer.scheduleWithFixedDelay(this::refreshQuietly, period, period, TimeUnit.MILLISECONDS));
    }

    /**
     * Reads the engine and updates whatever changed. Any thread. The menu goes first: the tray library shows the
     * icon with its first picture, so on the first refresh the icon appears with its menu complete, and a click
     * right after it docks never meets a half-built menu.
     */
    public synchronized void refresh() {
        EngineStatus now = status.get();
        List<MenuEntry> menu = TrayMenu.build(now, text, notice.get());
        if (!Objects.equals(menu, shownMenu)) {
            view.showMenu(menu);
            shownMenu = menu;
        }
        String tooltip = text.tooltip(now);
        if (!tooltip.equals(shownTooltip)) {
            view.showTooltip(tooltip);
            shownTooltip = tooltip;
        }
        TrayIconState icon = TrayIconState.of(now);
        double progress = progress(now);
        int step = ProgressIcon.step(progress);
        boolean ringMoved = step != shownStep && !now.at().isBefore(shownStepAt.plus(RING_REDRAW));
        if (icon != shownIcon || ringMoved) {
            view.showIcon(icon, progress);
            shownIcon = icon;
            shownStep = step;
            shownStepAt = now.at();
        }
    }

    /**
     * How far along the way to the next break: the sitting since the last break against that plus the time to the
     * next one (0 with no break planned).
     */
    static double progress(EngineStatus status) {
        return status.nextBreak().map(next -> {
            double done = status.sittingSinceBreak().toSeconds();
            double left = Math.max(0, next.in().toSeconds());
            return done + left == 0 ? 1.0 : done / (done + left);
        }).orElse(0.0);
    }

    /** The menu as last shown: what the user sees when opening the tray menu. */
    public synchronized List<MenuEntry> menu() {
        return shownMenu;
    }

    /** Takes the icon out of the tray and stops the refresh timer. */
    public void remove() {
        calmRefresh.ifPresent(refresh -> refresh.cancel(false));
        view.remove();
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // A failed refresh must not end the timer: the next one may well succeed.
            LOG.warn("tray refresh failed", e);
        }
    }
}
