package io.unknot.platform.idle;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import io.unknot.core.IdleSource;
import io.unknot.platform.x11.XConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/** X11 idle time from the MIT-SCREEN-SAVER extension (libXss), the way screensavers read it. */
final class X11IdleSource implements IdleSource {

    private static final Logger LOG = LoggerFactory.getLogger(X11IdleSource.class);

    /** The two libXss calls we need; jna-platform has no mapping for them. */
    interface Xss extends Library {
        boolean XScreenSaverQueryExtension(X11.Display display, IntByReference eventBase, IntByReference errorBase);

        int XScreenSaverQueryInfo(X11.Display display, X11.Drawable drawable, XScreenSaverInfo info);
    }

    /** {@code XScreenSaverInfo} from X11/extensions/scrnsaver.h. */
    @Structure.FieldOrder({"window", "state", "kind", "tilOrSince", "idle", "eventMask"})
    public static final class XScreenSaverInfo extends Structure {
        public NativeLong window;
        public int state;
        public int kind;
        public NativeLong tilOrSince;
        /** Milliseconds since the last input. */
        public NativeLong idle;
        public NativeLong eventMask;
    }

    private final XConnection connection;
    private final Xss xss;
    private volatile boolean failureLogged;

    private X11IdleSource(XConnection connection, Xss xss) {
        this.connection = connection;
        this.xss = xss;
    }

    static Optional<IdleSource> open(XConnection connection) {
        try {
            Xss xss = Native.load("Xss", Xss.class);
            boolean present = connection.withDisplay(
                    d -> xss.XScreenSaverQueryExtension(d, new IntByReference(), new IntByReference()));
            return present ? Optional.of(new X11IdleSource(connection, xss)) : Optional.empty();
        } catch (UnsatisfiedLinkError e) {
            LOG.info("libXss cannot be loaded: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Duration> idleTime() {
        XScreenSaverInfo info = new XScreenSaverInfo();
        int ok = connection.withDisplay(d -> xss.XScreenSaverQueryInfo(d, connection.root(), info));
        if (ok == 0) {
            if (!failureLogged) {
                failureLogged = true;
                LOG.warn("XScreenSaverQueryInfo failed; idle time unknown until it works again");
            }
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(info.idle.longValue()));
    }
}
