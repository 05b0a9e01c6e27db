package io.unknot.platform.x11;

import com.sun.jna.NativeLong;
import com.sun.jna.platform.unix.X11;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;
import io.unknot.platform.XDisplay;
import io.unknot.testing.ChildJvm;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknot opens its X connection before AWT starts (AWT waits for the first window), so the handler under Unknot's is
 * Xlib's default, which ends the process. An error on a connection that is neither Unknot's nor GTK's, such as the
 * BadWindow AWT meets when a break window closes, must not reach it. Run in a JVM of its own, whose first X handler
 * is Unknot's, as in the app.
 */
class XErrorGuardTest {

    @Test
    void an_error_on_another_connection_is_not_handed_to_xlib_s_default_handler() throws Exception {
        XDisplay.require();
        Process child = new ProcessBuilder(ChildJvm.command(ErrorOnAnotherConnection.class))
                .redirectErrorStream(true).start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child finished").isTrue();
        String output = new String(child.getInputStream().readAllBytes());

        assertThat(output).as("the child's output").contains("still alive").doesNotContain("X Error of failed request");
        assertThat(child.exitValue()).isZero();
    }

    /** The child: Unknot's connection first, then a bad request on a second, plain Xlib connection. */
    static final class ErrorOnAnotherConnection {
        public static void main(String[] args) {
            XConnection ours = XConnection.open().orElseThrow();
            X11 x11 = X11.INSTANCE;
            X11.Display other = x11.XOpenDisplay(null);
            // A window that does not exist: the server answers BadWindow, delivered at the XSync.
            x11.XGetWindowProperty(other, new X11.Window(0x1fffff), x11.XInternAtom(other, "WM_NAME", false),
                    new NativeLong(0), new NativeLong(1), false, new X11.Atom(0), new X11.AtomByReference(),
                    new IntByReference(), new NativeLongByReference(), new NativeLongByReference(),
                    new PointerByReference());
            x11.XSync(other, false);
            System.out.println("still alive");
            x11.XCloseDisplay(other);
            ours.close();
        }
    }
}
