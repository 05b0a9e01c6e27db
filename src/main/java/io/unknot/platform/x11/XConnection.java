package io.unknot.platform.x11;

import com.sun.jna.CallbackReference;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Unknot's own Xlib connection, shared by the idle source and the full-screen probe. Xlib is not thread-safe, so
 * every call on it is serialised here. X errors on this connection (a window that vanished between two reads) are
 * ignored instead of reaching Xlib's default handler, which would end the process.
 */
public final class XConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XConnection.class);

    private final X11 x11;
    private final X11.Display display;
    private final X11.Window root;
    private final Map<String, X11.Atom> atoms = new HashMap<>();
    private boolean closed;

    private XConnection(X11 x11, X11.Display display) {
        this.x11 = x11;
        this.display = display;
        this.root = x11.XDefaultRootWindow(display);
    }

    /**
     * Opens the display named by {@code DISPLAY}; empty when there is none or libX11 cannot be loaded.
     *
     * <p>Only before GTK starts in this process. XOpenDisplay holds Xlib's process-wide lock until the server has
     * answered, and GTK, opening its own display, grabs the server and then asks for that lock (to set an error
     * handler): the server waits for GTK, GTK for the lock, the lock for the server. A start hung so, with no icon.
     */
    public static Optional<XConnection> open() {
        try {
            X11 x11 = X11.INSTANCE;
            X11.Display display = x11.XOpenDisplay(null);
            if (display == null) {
                return Optional.empty();
            }
            ErrorGuard.ignoreErrorsOn(x11, display);
            return Optional.of(new XConnection(x11, display));
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LOG.info("libX11 is not available: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs {@code call} with the display while no other thread uses this connection. */
    public synchronized <T> T withDisplay(Function<X11.Display, T> call) {
        if (closed) {
            throw new IllegalStateException("X connection closed");
        }
        return call.apply(display);
    }

    public X11.Window root() {
        return root;
    }

    public synchronized X11.Atom atom(String name) {
        return atoms.computeIfAbsent(name, n -> x11.XInternAtom(display, n, false));
    }

    /**
     * The items of a 32-bit property (windows, atoms, cardinals) of {@code window}; empty when it is not set, has
     * another type, or the window is gone.
     */
    public synchronized long[] property32(long window, String property, X11.Atom type) {
        X11.Atom name = atom(property);
        X11.AtomByReference actualType = new X11.AtomByReference();
        IntByReference actualFormat = new IntByReference();
        NativeLongByReference count = new NativeLongByReference();
        NativeLongByReference bytesAfter = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int result = withDisplay(d -> x11.XGetWindowProperty(d, new X11.Window(window), name, new NativeLong(0),
                new NativeLong(1024), false, type, actualType, actualFormat, count, bytesAfter, data));
        Pointer items = data.getValue();
        try {
            if (result != X11.Success || items == null || actualFormat.getValue() != 32) {
                return new long[0];
            }
            int n = (int) count.getValue().longValue();
            long[] values = new long[n];
            for (int i = 0; i < n; i++) {
                // Xlib hands format-32 data back as an array of C longs, whatever their width.
                values[i] = items.getNativeLong((long) i * Native.LONG_SIZE).longValue();
            }
            return values;
        } finally {
            if (items != null) {
                x11.XFree(items);
            }
        }
    }

    /**
     * Puts Unknot's error handler back on top after GTK installed its own (it does when the tray icon loads, and
     * GTK 2's handler ends the process on any error, on any connection). From then on, errors on GTK's connection
     * still reach GTK, while errors on AWT's connection go back to AWT's handler, which GTK had displaced: AWT
     * expects harmless BadWindow errors when a window closes, and GTK's handler would end the process on them.
     */
    public void reassertErrorHandler() {
        ErrorGuard.reinstallAfterGtk(x11);
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            ErrorGuard.forget(display);
            x11.XCloseDisplay(display);
        }
    }

    /**
     * Xlib has one process-wide error handler. Ours ignores errors on Unknot's connections and hands every other
     * error to the handler that owns that connection: GTK's for GTK's display, otherwise the one that was there
     * before ours (AWT's, when AWT started first), so their behaviour does not change. Errors nobody owns are only
     * logged: Xlib's default handler would end the process, and AWT, which starts later, installs its own.
     */
    private static final class ErrorGuard implements X11.XErrorHandler {

        private static final Map<Pointer, Boolean> OURS = new ConcurrentHashMap<>();
        // Native code keeps a pointer to the installed callback: hold it for the life of the process.
        private static final ErrorGuard INSTANCE = new ErrorGuard();
        private static boolean installed;

        /** The handler that was there when ours went in (AWT's, when AWT started first); null for Xlib's default. */
        private volatile X11.XErrorHandler beforeOurs;
        private volatile X11.XErrorHandler gtk;
        private volatile Pointer gtkDisplay;

        static synchronized void ignoreErrorsOn(X11 x11, X11.Display display) {
            OURS.put(display.getPointer(), Boolean.TRUE);
            if (!installed) {
                installed = true;
                X11.XErrorHandler previous = x11.XSetErrorHandler(INSTANCE);
                // Unknot now opens its connection before AWT starts (AWT waits for the first window), so what was
                // there is usually Xlib's default, which ends the process on any error: never hand errors to it.
                INSTANCE.beforeOurs = isXlibDefault(previous) ? null : previous;
            }
        }

        private static boolean isXlibDefault(X11.XErrorHandler handler) {
            try {
                long xlibDefault = Pointer.nativeValue(NativeLibrary.getInstance("X11").getFunction("_XDefaultError"));
                return handler == null
                        || xlibDefault == Pointer.nativeValue(CallbackReference.getFunctionPointer(handler));
            } catch (UnsatisfiedLinkError | IllegalArgumentException e) {
                return true; // unknown: the safe answer, since errors are then only logged
            }
        }

        static synchronized void reinstallAfterGtk(X11 x11) {
            if (!installed) {
                return;
            }
            X11.XErrorHandler current = x11.XSetErrorHandler(INSTANCE);
            if (current != INSTANCE) {
                INSTANCE.gtk = current;
                INSTANCE.gtkDisplay = GtkDisplay.find().orElse(null);
                LOG.debug("X error handler back on top; GTK display {}", INSTANCE.gtkDisplay);
            }
        }

        static void forget(X11.Display display) {
            OURS.remove(display.getPointer());
        }

        @Override
        public int apply(X11.Display display, X11.XErrorEvent event) {
            Pointer which = display == null ? null : display.getPointer();
            if (which != null && OURS.containsKey(which)) {
                LOG.debug("ignored X error {} on Unknot's own connection", event.error_code);
                return 0;
            }
            X11.XErrorHandler owner = ownerOf(which);
            if (owner == null) {
                LOG.debug("ignored X error {} (request {}) on another connection", event.error_code,
                        event.request_code);
                return 0;
            }
            return owner.apply(display, event);
        }

        /** GTK's handler for GTK's display; for any other, the one that was there before ours, if not Xlib's. */
        private X11.XErrorHandler ownerOf(Pointer display) {
            boolean gtksOwn = display != null && display.equals(gtkDisplay);
            return gtksOwn ? gtk : beforeOurs;
        }
    }
}
