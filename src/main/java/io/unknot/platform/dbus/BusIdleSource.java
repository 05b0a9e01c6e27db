package io.unknot.platform.dbus;

import io.unknot.core.IdleSource;
import io.unknot.platform.idle.IdleChoice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Idle time asked of the desktop over the session bus: GNOME's Mutter idle monitor or the freedesktop screen
 * saver. Unlike X11's counter these see input to native Wayland applications too.
 */
final class BusIdleSource implements IdleSource {

    private static final Logger LOG = LoggerFactory.getLogger(BusIdleSource.class);

    static final String MUTTER = "mutter";
    static final String FREEDESKTOP = "freedesktop-screensaver";

    private final String id;
    private final Function<Bus, Optional<Long>> read;
    private final Bus bus;
    private volatile boolean failureLogged;

    private BusIdleSource(String id, Bus bus, Function<Bus, Optional<Long>> read) {
        this.id = id;
        this.bus = bus;
        this.read = read;
    }

    /** GNOME Shell's {@code org.gnome.Mutter.IdleMonitor.GetIdletime}, if it answers. */
    static Optional<IdleChoice> mutter(Bus bus) {
        return tried(new BusIdleSource(MUTTER, bus, b -> b.call("org.gnome.Mutter.IdleMonitor",
                "/org/gnome/Mutter/IdleMonitor/Core", Interfaces.MutterIdleMonitor.class,
                m -> m.GetIdletime().longValue())));
    }

    /**
     * {@code org.freedesktop.ScreenSaver.GetSessionIdleTime}, in milliseconds as KDE answers it, if it answers
     * (GNOME's own copy of this interface refuses the call).
     */
    static Optional<IdleChoice> freedesktop(Bus bus) {
        return tried(new BusIdleSource(FREEDESKTOP, bus, b -> b.call("org.freedesktop.ScreenSaver",
                "/org/freedesktop/ScreenSaver", Interfaces.FreedesktopScreenSaver.class,
                s -> s.GetSessionIdleTime().longValue())));
    }

    private static Optional<IdleChoice> tried(BusIdleSource source) {
        return source.read.apply(source.bus).map(first -> new IdleChoice(source.id, source));
    }

    @Override
    public Optional<Duration> idleTime() {
        Optional<Long> millis = read.apply(bus);
        if (millis.isEmpty() && !failureLogged) {
            failureLogged = true;
            LOG.warn("The desktop did not answer for idle time ({}); counting as active until it does", id);
        }
        return millis.map(Duration::ofMillis);
    }
}
