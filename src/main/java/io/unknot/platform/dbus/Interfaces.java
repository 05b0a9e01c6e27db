package io.unknot.platform.dbus;

import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.UInt64;
import org.freedesktop.dbus.types.Variant;

import java.util.Map;

/** The few desktop D-Bus methods Unknot calls, as dbus-java proxies. Signals are matched by name instead. */
final class Interfaces {

    private Interfaces() {
    }

    /** GNOME Shell's idle monitor: milliseconds since the last input, Wayland apps included. */
    @DBusInterfaceName("org.gnome.Mutter.IdleMonitor")
    interface MutterIdleMonitor extends DBusInterface {
        UInt64 GetIdletime();
    }

    /** The freedesktop screen saver (KDE, and others): idle time in milliseconds. */
    @DBusInterfaceName("org.freedesktop.ScreenSaver")
    interface FreedesktopScreenSaver extends DBusInterface {
        UInt32 GetSessionIdleTime();

        boolean GetActive();
    }

    @DBusInterfaceName("org.gnome.ScreenSaver")
    interface GnomeScreenSaver extends DBusInterface {
        boolean GetActive();
    }

    @DBusInterfaceName("org.freedesktop.login1.Manager")
    interface LoginManager extends DBusInterface {
        DBusPath GetSession(String sessionId);

        DBusPath GetSessionByPID(UInt32 pid);
    }

    /** The desktop notification server (freedesktop Desktop Notifications spec 1.2). */
    @DBusInterfaceName("org.freedesktop.Notifications")
    interface Notifications extends DBusInterface {
        UInt32 Notify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                      String[] actions, Map<String, Variant<?>> hints, int expireTimeout);

        void CloseNotification(UInt32 id);
    }

    /** GNOME's session manager: who holds the session from going idle (flag 8). */
    @DBusInterfaceName("org.gnome.SessionManager")
    interface GnomeSessionManager extends DBusInterface {
        boolean IsInhibited(UInt32 flags);
    }

    /** The freedesktop power-management inhibition (KDE's PowerDevil, Xfce's power manager). */
    @DBusInterfaceName("org.freedesktop.PowerManagement.Inhibit")
    interface PowerManagementInhibit extends DBusInterface {
        boolean HasInhibit();
    }

    /** The desktop portal's read-only view of the desktop's settings (GNOME's are under org.gnome.*). */
    @DBusInterfaceName("org.freedesktop.portal.Settings")
    interface PortalSettings extends DBusInterface {
        Variant<?> Read(String namespace, String key);
    }
}
