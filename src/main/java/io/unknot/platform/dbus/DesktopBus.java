package io.unknot.platform.dbus;

import io.unknot.core.DesktopEvent;
import io.unknot.platform.DesktopSession;
import io.unknot.platform.idle.IdleChoice;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the desktop says on D-Bus: idle time, screen lock, sleep, do-not-disturb and idle inhibitors, and its
 * notification server. Each source is used where the session's bus offers it; without a bus (or a service)
 * that source is simply absent, and Unknot falls back to X11 idle time and the clock-jump check.
 */
public final class DesktopBus implements AutoCloseable {

    /** What the desktop reports, on a bus thread, in the order it happened. */
    public interface Listener {
        /** Lock, sleep and idle inhibitors. */
        void desktop(DesktopEvent event);

        /** The desktop's own do-not-disturb went on or off. */
        void doNotDisturb(boolean on);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DesktopBus.class);
    private static final String LOGIN = "org.freedesktop.login1";
    private static final String LOGIN_PATH = "/org/freedesktop/login1";
    private static final String FD_SAVER = "org.freedesktop.ScreenSaver";
    private static final String GNOME_SAVER = "org.gnome.ScreenSaver";
    private static final String GNOME_SESSION = "org.gnome.SessionManager";
    private static final String POWER_INHIBIT = "org.freedesktop.PowerManagement.Inhibit";
    private static final String PORTAL = "org.freedesktop.portal.Desktop";
    private static final String PORTAL_SETTINGS = "org.freedesktop.portal.Settings";
    private static final String GNOME_NOTIFICATIONS = "org.gnome.desktop.notifications";
    /** GsmInhibitorFlag "idle": the session must not be marked idle. */
    private static final UInt32 INHIBIT_IDLE = new UInt32(8);

    private final Optional<Bus> session;
    private final Optional<Bus> system;
    private final Map<String, String> env;
    private final Set<String> desktops;
    private final Flags flags = new Flags();
    /** Applications' own ScreenSaver.Inhibit calls, once {@link #watch} has started watching them. */
    private volatile Optional<InhibitMonitor> inhibitMonitor = Optional.empty();

    private DesktopBus(Optional<Bus> session, Optional<Bus> system, Map<String, String> env) {
        this.session = session;
        this.system = system;
        this.env = env;
        this.desktops = desktops(env);
    }

    /** Connects to the session and system buses named in {@code env}, where there are any. Never fails. */
    public static DesktopBus connect(Map<String, String> env) {
        return new DesktopBus(Bus.session(env), Bus.system(env), env);
    }

    /** The desktop names in {@code XDG_CURRENT_DESKTOP} ("ubuntu:GNOME" is ubuntu and gnome), lower case. */
    static Set<String> desktops(Map<String, String> env) {
        return Arrays.stream(env.getOrDefault("XDG_CURRENT_DESKTOP", "").split(":"))
                .map(d -> d.trim().toLowerCase(Locale.ROOT)).filter(d -> !d.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * The desktop's own idle time, where it is the better source: GNOME's Mutter idle monitor on GNOME (or
     * wherever it runs), the freedesktop screen saver on KDE, on Wayland and where X11 cannot be read. Empty:
     * use X11 (or nothing).
     */
    public Optional<IdleChoice> idle(DesktopSession desktop) {
        if (session.isEmpty()) {
            return Optional.empty();
        }
        Bus bus = session.get();
        Optional<IdleChoice> mutter = desktops.contains("gnome") || bus.hasOwner("org.gnome.Mutter.IdleMonitor")
                ? BusIdleSource.mutter(bus) : Optional.empty();
        if (mutter.isPresent()) {
            return mutter;
        }
        boolean preferBus = desktops.contains("kde") || desktop.wayland() || desktop.x11().isEmpty();
        return preferBus ? BusIdleSource.freedesktop(bus) : Optional.empty();
    }

    /** The notification server, where the session has one. */
    public Optional<DesktopNotifications> notifications() {
        return session.flatMap(DesktopNotifications::on);
    }

    /** Starts listening; the current lock, inhibitor and do-not-disturb state is reported at once if set. */
    public void watch(Listener listener, Clock clock) {
        session.ifPresent(bus -> watchSession(bus, listener, clock));
        system.ifPresent(bus -> watchSystem(bus, listener, clock));
    }

    private void watchSession(Bus bus, Listener listener, Clock clock) {
        for (String saver : new String[] {FD_SAVER, GNOME_SAVER}) {
            bus.onSignal(saver, "ActiveChanged", Optional.empty(),
                    args -> listener.desktop(new DesktopEvent.ScreenLock(clock.instant(), (Boolean) args[0])));
        }
        boolean active = (bus.hasOwner(FD_SAVER) && bus.call(FD_SAVER, "/org/freedesktop/ScreenSaver",
                Interfaces.FreedesktopScreenSaver.class, Interfaces.FreedesktopScreenSaver::GetActive).orElse(false))
                || (bus.hasOwner(GNOME_SAVER) && bus.call(GNOME_SAVER, "/org/gnome/ScreenSaver",
                Interfaces.GnomeScreenSaver.class, Interfaces.GnomeScreenSaver::GetActive).orElse(false));
        if (active) {
            listener.desktop(new DesktopEvent.ScreenLock(clock.instant(), true));
        }

        // Idle inhibitors: GNOME's session manager (which gnome-shell's ScreenSaver.Inhibit feeds) and the
        // freedesktop power-management inhibition (KDE, Xfce).
        Runnable gnomeCheck = () -> flags.inhibit(GNOME_SESSION, gnomeInhibited(bus), listener, clock);
        bus.onSignal(GNOME_SESSION, "InhibitorAdded", Optional.empty(), args -> gnomeCheck.run());
        bus.onSignal(GNOME_SESSION, "InhibitorRemoved", Optional.empty(), args -> gnomeCheck.run());
        bus.onSignal(POWER_INHIBIT, "HasInhibitChanged", Optional.empty(),
                args -> flags.inhibit(POWER_INHIBIT, (Boolean) args[0], listener, clock));
        if (bus.hasOwner(GNOME_SESSION)) {
            gnomeCheck.run();
        }
        if (bus.hasOwner("org.freedesktop.PowerManagement")) {
            bus.call("org.freedesktop.PowerManagement", "/org/freedesktop/PowerManagement/Inhibit",
                            Interfaces.PowerManagementInhibit.class, Interfaces.PowerManagementInhibit::HasInhibit)
                    .ifPresent(on -> flags.inhibit(POWER_INHIBIT, on, listener, clock));
        }
        // Applications' own ScreenSaver.Inhibit calls, for desktops that sum them up in neither of the above.
        inhibitMonitor = InhibitMonitor.start(env.get("DBUS_SESSION_BUS_ADDRESS"),
                on -> flags.inhibit(FD_SAVER, on, listener, clock));

        // Do not disturb: the notification server's Inhibited property (KDE and others) and GNOME's banners switch.
        bus.onSignal("org.freedesktop.DBus.Properties", "PropertiesChanged", Optional.of(DesktopNotifications.PATH),
                args -> {
                    if (DesktopNotifications.SERVICE.equals(args[0]) && args[1] instanceof Map<?, ?> changed
                            && changed.get("Inhibited") != null) {
                        flags.dnd(DesktopNotifications.SERVICE, Boolean.TRUE.equals(unwrap(changed.get("Inhibited"))),
                                listener);
                    }
                });
        if (bus.hasOwner(DesktopNotifications.SERVICE)) {
            bus.property(DesktopNotifications.SERVICE, DesktopNotifications.PATH, DesktopNotifications.SERVICE,
                    "Inhibited", Boolean.class)
                    .ifPresent(on -> flags.dnd(DesktopNotifications.SERVICE, on, listener));
        }
        bus.onSignal(PORTAL_SETTINGS, "SettingChanged", Optional.empty(), args -> {
            if (GNOME_NOTIFICATIONS.equals(args[0]) && "show-banners".equals(args[1])) {
                flags.dnd(GNOME_NOTIFICATIONS, Boolean.FALSE.equals(unwrap(args[2])), listener);
            }
        });
        if (bus.hasOwner(PORTAL)) {
            bus.call(PORTAL, "/org/freedesktop/portal/desktop", Interfaces.PortalSettings.class,
                            s -> s.Read(GNOME_NOTIFICATIONS, "show-banners"))
                    .map(DesktopBus::unwrap).filter(Boolean.class::isInstance)
                    .ifPresent(on -> flags.dnd(GNOME_NOTIFICATIONS, !(Boolean) on, listener));
        }
    }

    private static boolean gnomeInhibited(Bus bus) {
        return bus.call(GNOME_SESSION, "/org/gnome/SessionManager", Interfaces.GnomeSessionManager.class,
                m -> m.IsInhibited(INHIBIT_IDLE)).orElse(false);
    }

    private void watchSystem(Bus bus, Listener listener, Clock clock) {
        bus.onSignal(LOGIN + ".Manager", "PrepareForSleep", Optional.of(LOGIN_PATH),
                args -> listener.desktop(new DesktopEvent.Sleep(clock.instant(), (Boolean) args[0])));
        ownSession(bus).ifPresent(path -> {
            bus.onSignal(LOGIN + ".Session", "Lock", Optional.of(path),
                    args -> listener.desktop(new DesktopEvent.ScreenLock(clock.instant(), true)));
            bus.onSignal(LOGIN + ".Session", "Unlock", Optional.of(path),
                    args -> listener.desktop(new DesktopEvent.ScreenLock(clock.instant(), false)));
            if (bus.property(LOGIN, path, LOGIN + ".Session", "LockedHint", Boolean.class).orElse(false)) {
                listener.desktop(new DesktopEvent.ScreenLock(clock.instant(), true));
            }
            LOG.info("Listening to logind session {}", path);
        });
    }

    /** This login session's object in logind: by {@code XDG_SESSION_ID}, else by our process. */
    private Optional<String> ownSession(Bus bus) {
        if (!bus.hasOwner(LOGIN)) {
            return Optional.empty();
        }
        String id = env.getOrDefault("XDG_SESSION_ID", "");
        Optional<DBusPath> path = id.isBlank()
                ? bus.call(LOGIN, LOGIN_PATH, Interfaces.LoginManager.class,
                m -> m.GetSessionByPID(new UInt32(ProcessHandle.current().pid())))
                : bus.call(LOGIN, LOGIN_PATH, Interfaces.LoginManager.class, m -> m.GetSession(id));
        return path.map(DBusPath::getPath);
    }

    /** A variant's value, through variants nested in variants (older portals wrap {@code Read}'s answer twice). */
    static Object unwrap(Object value) {
        Object v = value;
        while (v instanceof Variant<?> variant) {
            v = variant.getValue();
        }
        return v;
    }

    @Override
    public void close() {
        inhibitMonitor.ifPresent(InhibitMonitor::close);
        session.ifPresent(Bus::close);
        system.ifPresent(Bus::close);
    }

    /** The combined flags, each reported only when the combination changes. */
    private static final class Flags {
        /** Who says so now: the sources below that are on. */
        private final Set<String> inhibitors = new HashSet<>();
        private final Set<String> quiet = new HashSet<>();
        private boolean inhibitReported;
        private boolean dndReported;

        /** An idle inhibitor {@code source} (GNOME's session, power management, applications) went on or off. */
        synchronized void inhibit(String source, boolean on, Listener listener, Clock clock) {
            boolean now = switched(inhibitors, source, on);
            if (now != inhibitReported) {
                inhibitReported = now;
                listener.desktop(new DesktopEvent.IdleInhibit(clock.instant(), now));
            }
        }

        /** A do-not-disturb {@code source} (the notification server, GNOME's banners) went on or off. */
        synchronized void dnd(String source, boolean on, Listener listener) {
            boolean now = switched(quiet, source, on);
            if (now != dndReported) {
                dndReported = now;
                listener.doNotDisturb(now);
            }
        }

        private static boolean switched(Set<String> sources, String source, boolean on) {
            if (on) {
                sources.add(source);
            } else {
                sources.remove(source);
            }
            return !sources.isEmpty();
        }
    }
}
