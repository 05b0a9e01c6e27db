package io.unknot.platform.dnd;

import com.sun.jna.platform.unix.X11;
import io.unknot.platform.x11.XConnection;

/**
 * A full-screen window has the focus: the window manager's active window ({@code _NET_ACTIVE_WINDOW} on the root)
 * carries {@code _NET_WM_STATE_FULLSCREEN}. Unknot's own windows (a full-screen break) do not count.
 */
final class X11FullScreenProbe implements Probe {

    private static final X11.Atom ANY_TYPE = new X11.Atom(X11.AnyPropertyType);

    private final XConnection x;
    private final long ownPid;

    X11FullScreenProbe(XConnection x, long ownPid) {
        this.x = x;
        this.ownPid = ownPid;
    }

    @Override
    public boolean detected() {
        long[] active = x.property32(x.root().longValue(), "_NET_ACTIVE_WINDOW", ANY_TYPE);
        if (active.length == 0 || active[0] == 0) {
            return false;
        }
        long window = active[0];
        long[] pid = x.property32(window, "_NET_WM_PID", ANY_TYPE);
        if (pid.length > 0 && pid[0] == ownPid) {
            return false;
        }
        long fullScreen = x.atom("_NET_WM_STATE_FULLSCREEN").longValue();
        for (long state : x.property32(window, "_NET_WM_STATE", ANY_TYPE)) {
            if (state == fullScreen) {
                return true;
            }
        }
        return false;
    }
}
