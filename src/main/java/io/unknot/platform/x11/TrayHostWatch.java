package io.unknot.platform.x11;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells when an XEmbed system tray (a panel's notification area, or trayer) appears on the display or leaves it. At
 * login the panel often starts after autostart apps, and a panel may restart. No polling: a thread blocks on a
 * connection of its own, where a new tray host announces itself with the MANAGER client message on the root window
 * (freedesktop system tray spec), and a leaving host's selection window is destroyed.
 */
public final class TrayHostWatch {

    private static final Logger LOG = LoggerFactory.getLogger(TrayHostWatch.class);

    /** The one Xlib call JNA's X11 mapping lacks. */
    private interface Selections extends Library {
        X11.Window XGetSelectionOwner(X11.Display display, X11.Atom selection);
    }

    private final XConnection connection;
    private final Selections selections;
    private final X11.Atom trayAtom;
    private final X11.Atom managerAtom;
    private Consumer<Boolean> onChange;
    private volatile boolean present;

    private TrayHostWatch(XConnection connection) {
        this.connection = connection;
        this.selections = Native.load("X11", Selections.class);
        int screen = connection.withDisplay(X11.INSTANCE::XDefaultScreen);
        this.trayAtom = connection.atom("_NET_SYSTEM_TRAY_S" + screen);
        this.managerAtom = connection.atom("MANAGER");
    }

    /**
     * Opens the watch's connection of its own and looks for a tray host; empty when there is no X display. Call it
     * before GTK starts, as every XOpenDisplay of Unknot's: see {@link XConnection#open()}.
     */
    public static Optional<TrayHostWatch> open() {
        return XConnection.open().map(connection -> {
            TrayHostWatch watch = new TrayHostWatch(connection);
            watch.present = watch.watchOwner() != 0;
            return watch;
        });
    }

    /**
     * Starts watching, once. {@code onChange} runs on the watch thread with {@code true} when a tray host appeared
     * and {@code false} when it left.
     */
    public void start(Consumer<Boolean> onChange) {
        if (this.onChange != null) {
            throw new IllegalStateException("the tray host watch runs already");
        }
        this.onChange = onChange; // seen by the thread: Thread.start orders it before the thread's first step
        Thread thread = new Thread(this::run, "unknot-tray-host-watch");
        thread.setDaemon(true); // blocked in Xlib until the process ends
        thread.start();
    }

    /** Whether a tray host owns the system tray selection now, as last seen. */
    public boolean present() {
        return present;
    }

    private void run() {
        X11 x11 = X11.INSTANCE;
        // The thread is the connection's only user from here on: it may block in XNextEvent holding it.
        connection.withDisplay(display -> {
            x11.XSelectInput(display, connection.root(), new NativeLong(X11.StructureNotifyMask));
            long owner = watchOwner();
            X11.XEvent event = new X11.XEvent();
            while (true) {
                x11.XNextEvent(display, event);
                if (announcesTrayHost(event) || isDestroyOf(event, owner)) {
                    owner = watchOwner();
                    boolean now = owner != 0;
                    if (now != present) {
                        present = now;
                        LOG.info("system tray host {}", now ? "appeared" : "left");
                        onChange.accept(now);
                    }
                }
            }
        });
    }

    /** The current tray host's selection window (0 for none), watched so that its end is seen. */
    private long watchOwner() {
        return connection.withDisplay(display -> {
            X11.Window owner = selections.XGetSelectionOwner(display, trayAtom);
            long id = owner == null ? 0 : owner.longValue();
            if (id != 0) {
                X11.INSTANCE.XSelectInput(display, owner, new NativeLong(X11.StructureNotifyMask));
                X11.INSTANCE.XFlush(display);
            }
            return id;
        });
    }

    private boolean announcesTrayHost(X11.XEvent event) {
        if (event.type != X11.ClientMessage) {
            return false;
        }
        X11.XClientMessageEvent message = (X11.XClientMessageEvent) event.getTypedValue(X11.XClientMessageEvent.class);
        message.data.setType(NativeLong[].class);
        message.data.read();
        return managerAtom.equals(message.message_type) && message.data.l[1].longValue() == trayAtom.longValue();
    }

    private static boolean isDestroyOf(X11.XEvent event, long window) {
        if (event.type != X11.DestroyNotify || window == 0) {
            return false;
        }
        X11.XDestroyWindowEvent destroyed =
                (X11.XDestroyWindowEvent) event.getTypedValue(X11.XDestroyWindowEvent.class);
        return destroyed.window != null && destroyed.window.longValue() == window;
    }
}
