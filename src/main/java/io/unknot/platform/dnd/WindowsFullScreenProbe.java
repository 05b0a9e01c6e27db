package io.unknot.platform.dnd;

import com.sun.jna.Native;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;

import java.util.Optional;

/**
 * Windows' own "do not disturb" reading: {@code SHQueryUserNotificationState} reports a full-screen application,
 * a Direct3D game or presentation mode, the same signal Windows uses to hold back its own notifications.
 */
final class WindowsFullScreenProbe implements Probe {

    // QUERY_USER_NOTIFICATION_STATE values from shellapi.h.
    static final int QUNS_NOT_PRESENT = 1;
    static final int QUNS_BUSY = 2;
    static final int QUNS_RUNNING_D3D_FULL_SCREEN = 3;
    static final int QUNS_PRESENTATION_MODE = 4;
    static final int QUNS_ACCEPTS_NOTIFICATIONS = 5;
    static final int QUNS_QUIET_TIME = 6;
    static final int QUNS_APP = 7;

    interface Shell32Notifications extends StdCallLibrary {
        WinNT.HRESULT SHQueryUserNotificationState(IntByReference state);
    }

    private final Shell32Notifications shell;

    private WindowsFullScreenProbe(Shell32Notifications shell) {
        this.shell = shell;
    }

    static Optional<Probe> open() {
        try {
            return Optional.of(new WindowsFullScreenProbe(
                    Native.load("shell32", Shell32Notifications.class, W32APIOptions.DEFAULT_OPTIONS)));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean detected() {
        IntByReference state = new IntByReference();
        WinNT.HRESULT result = shell.SHQueryUserNotificationState(state);
        return result.intValue() == 0 && isBusy(state.getValue());
    }

    /**
     * Full screen, a game, or a presentation. "Not present" (locked, screensaver) and quiet time are not a reason
     * to hold a break back.
     */
    static boolean isBusy(int state) {
        return state == QUNS_BUSY || state == QUNS_RUNNING_D3D_FULL_SCREEN || state == QUNS_PRESENTATION_MODE;
    }
}
