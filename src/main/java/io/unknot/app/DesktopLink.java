package io.unknot.app;

import io.unknot.core.BreakEngine;
import io.unknot.core.DeferReason;
import io.unknot.core.DesktopEvent;
import io.unknot.platform.dbus.DesktopBus;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Hands what the desktop reports to the engine, as far as the settings allow: the desktop's do-not-disturb and
 * idle inhibitors each have a switch; lock and sleep always count. Remembers the desktop's last word, so a switch
 * turned on applies at once.
 */
final class DesktopLink implements DesktopBus.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopLink.class);

    private final BreakEngine engine;
    private final Settings settings;
    private final Clock clock;
    private final Runnable wake;
    private boolean doNotDisturb;
    private boolean inhibited;

    DesktopLink(BreakEngine engine, Settings settings, Clock clock, Runnable wake) {
        this.engine = engine;
        this.settings = settings;
        this.clock = clock;
        this.wake = wake;
    }

    @Override
    public synchronized void desktop(DesktopEvent event) {
        if (event instanceof DesktopEvent.IdleInhibit inhibit) {
            inhibited = inhibit.inhibited();
            if (!settings.get(Keys.DEFER_INHIBITED)) {
                return;
            }
        }
        LOG.info("Desktop: {}", event);
        engine.desktop(event);
        wake.run();
    }

    @Override
    public synchronized void doNotDisturb(boolean on) {
        doNotDisturb = on;
        engine.setDeferred(DeferReason.DESKTOP_DND, on && settings.get(Keys.DEFER_DESKTOP_DND));
        wake.run();
    }

    /** After {@link Keys#DEFER_DESKTOP_DND} or {@link Keys#DEFER_INHIBITED} changed. */
    synchronized void applySettings() {
        engine.setDeferred(DeferReason.DESKTOP_DND, doNotDisturb && settings.get(Keys.DEFER_DESKTOP_DND));
        engine.desktop(new DesktopEvent.IdleInhibit(clock.instant(), inhibited && settings.get(Keys.DEFER_INHIBITED)));
        wake.run();
    }
}
