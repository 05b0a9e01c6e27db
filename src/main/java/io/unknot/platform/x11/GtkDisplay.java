package io.unknot.platform.x11;

import com.sun.jna.Function;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

import java.util.Optional;

/**
 * The Xlib display GTK opened, when the tray library has loaded GTK. Looked up among the symbols already in the
 * process, so GTK is never loaded here (loading GTK 2 next to a GTK 3 the tray uses would break both).
 */
final class GtkDisplay {

    private GtkDisplay() {
    }

    static Optional<Pointer> find() {
        try {
            NativeLibrary process = NativeLibrary.getProcess();
            Function defaultDisplay = process.getFunction("gdk_display_get_default");
            Pointer gdkDisplay = (Pointer) defaultDisplay.invoke(Pointer.class, new Object[0]);
            if (gdkDisplay == null) {
                return Optional.empty();
            }
            Function xDisplay = process.getFunction("gdk_x11_display_get_xdisplay");
            return Optional.ofNullable((Pointer) xDisplay.invoke(Pointer.class, new Object[] {gdkDisplay}));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty(); // GTK is not loaded: no tray, or a tray that does without it
        }
    }
}
