package io.unknot.platform.dnd;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.unix.X11;
import io.unknot.platform.XDisplay;
import io.unknot.platform.x11.XConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under Xvfb there is no window manager, so the test plays its part: it creates a window on a second connection
 * and writes the EWMH properties a window manager would.
 */
class X11FullScreenProbeTest {

    private static final long OWN_PID = ProcessHandle.current().pid();

    private final X11 x11 = X11.INSTANCE;
    private XConnection probeConnection;
    private X11.Display wm;
    private X11.Window window;
    private X11.Window root;

    @BeforeEach
    void createWindow() {
        XDisplay.require();
        probeConnection = XConnection.open().orElseThrow();
        wm = x11.XOpenDisplay(null);
        root = x11.XDefaultRootWindow(wm);
        window = x11.XCreateSimpleWindow(wm, root, 0, 0, 100, 100, 0, 0, 0);
    }

    @AfterEach
    void cleanUp() {
        x11.XDeleteProperty(wm, root, atom("_NET_ACTIVE_WINDOW"));
        x11.XDestroyWindow(wm, window);
        x11.XSync(wm, false);
        x11.XCloseDisplay(wm);
        probeConnection.close();
    }

    @Test
    void an_active_full_screen_window_is_detected() {
        activate(window);
        setLongs(window, "_NET_WM_STATE", X11.XA_ATOM, atom("_NET_WM_STATE_FULLSCREEN").longValue());

        assertThat(probe(-1).detected()).isTrue();
    }

    @Test
    void an_active_window_that_is_not_full_screen_is_not() {
        activate(window);
        setLongs(window, "_NET_WM_STATE", X11.XA_ATOM, atom("_NET_WM_STATE_MAXIMIZED_VERT").longValue());

        assertThat(probe(-1).detected()).isFalse();
    }

    @Test
    void no_active_window_means_no_full_screen() {
        x11.XDeleteProperty(wm, root, atom("_NET_ACTIVE_WINDOW"));
        x11.XSync(wm, false);

        assertThat(probe(-1).detected()).isFalse();
    }

    @Test
    void unknots_own_full_screen_break_window_does_not_count() {
        activate(window);
        setLongs(window, "_NET_WM_STATE", X11.XA_ATOM, atom("_NET_WM_STATE_FULLSCREEN").longValue());
        setLongs(window, "_NET_WM_PID", X11.XA_CARDINAL, OWN_PID);

        assertThat(probe(OWN_PID).detected()).isFalse();
        assertThat(probe(OWN_PID + 1).detected()).isTrue();
    }

    @Test
    void an_active_window_that_vanished_is_no_error() {
        X11.Window gone = x11.XCreateSimpleWindow(wm, root, 0, 0, 10, 10, 0, 0, 0);
        activate(gone);
        x11.XDestroyWindow(wm, gone);
        x11.XSync(wm, false);

        // Reading properties of a destroyed window raises BadWindow; Xlib's default handler would end the JVM.
        assertThat(probe(-1).detected()).isFalse();
        assertThat(probe(-1).detected()).isFalse();
    }

    private Probe probe(long ownPid) {
        return new X11FullScreenProbe(probeConnection, ownPid);
    }

    private void activate(X11.Window active) {
        setLongs(root, "_NET_ACTIVE_WINDOW", X11.XA_WINDOW, active.longValue());
    }

    private X11.Atom atom(String name) {
        return x11.XInternAtom(wm, name, false);
    }

    private void setLongs(X11.Window target, String property, X11.Atom type, long... values) {
        Memory data = new Memory((long) values.length * Native.LONG_SIZE);
        for (int i = 0; i < values.length; i++) {
            data.setNativeLong((long) i * Native.LONG_SIZE, new com.sun.jna.NativeLong(values[i]));
        }
        x11.XChangeProperty(wm, target, atom(property), type, 32, X11.PropModeReplace, data, values.length);
        x11.XSync(wm, false);
    }
}
