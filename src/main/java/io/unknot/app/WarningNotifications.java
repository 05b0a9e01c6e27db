package io.unknot.app;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineListener;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.platform.dbus.DesktopNotifications;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.StatusText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The warning before a break as a desktop notification with "Start now" and "Postpone", when the user chose it and
 * the desktop has a notification server. Must be added to the engine before the break windows, which show their
 * own notice only when this one was not sent.
 */
final class WarningNotifications implements EngineListener {

    private static final Logger LOG = LoggerFactory.getLogger(WarningNotifications.class);
    private final Messages texts;
    private final StatusText statusText;
    static final String START = "start";
    static final String POSTPONE = "postpone";

    private final DesktopNotifications notifications;
    private final Settings settings;
    private final BreakEngine engine;
    private final Runnable wake;
    private Optional<Long> shown = Optional.empty();
    private volatile boolean lastSent;

    WarningNotifications(Language language, DesktopNotifications notifications, Settings settings,
            BreakEngine engine, Runnable wake) {
        this.texts = language.messages("break");
        this.statusText = StatusText.systemDefault(language);
        this.notifications = notifications;
        this.settings = settings;
        this.engine = engine;
        this.wake = wake;
    }

    /** Whether the last warning went out as a desktop notification. */
    boolean lastWarningSent() {
        return lastSent;
    }

    @Override
    public synchronized void onEvent(EngineEvent event) {
        if (event instanceof EngineEvent.BreakWarning warning) {
            closeShown();
            lastSent = false;
            if (settings.get(Keys.WARNING_NOTIFICATION)) {
                shown = notifications.show(
                        texts.text("warning.title", statusText.kindTitle(warning.kind()),
                                statusText.untilShort(warning.in())),
                        texts.text("warning.body"),
                        List.of(new DesktopNotifications.Action(START, texts.text("warning.startNow")),
                                new DesktopNotifications.Action(POSTPONE, texts.text("warning.postpone"))),
                        warning.in(), key -> pressed(key, warning.kind()));
                lastSent = shown.isPresent();
            }
        } else if (event instanceof EngineEvent.BreakDue || event instanceof EngineEvent.BreakPostponed
                || event instanceof EngineEvent.BreakTakenNaturally) {
            closeShown(); // the warning no longer applies
        }
    }

    private void closeShown() {
        shown.ifPresent(notifications::close);
        shown = Optional.empty();
    }

    /** On the bus's signal thread. */
    private void pressed(String key, BreakKind kind) {
        synchronized (this) {
            shown = Optional.empty();
        }
        if (START.equals(key)) {
            LOG.info("User: start the {} break now (from the notification): {}", kind.id(),
                    engine.takeBreakNow(kind) ? "done" : "a break is on screen; ignored");
        } else if (POSTPONE.equals(key)) {
            LOG.info("User: postpone the {} break (from the notification): {}", kind.id(),
                    engine.postponeNext() ? "done" : "refused");
        }
        wake.run();
    }
}
