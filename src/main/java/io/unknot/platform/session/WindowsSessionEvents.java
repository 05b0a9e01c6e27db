package io.unknot.platform.session;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinUser;
import com.sun.jna.platform.win32.Wtsapi32;
import io.unknot.core.DesktopEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Windows tells a window about the session being locked or unlocked ({@code WM_WTSSESSION_CHANGE}, after
 * {@code WTSRegisterSessionNotification}) and about suspend and resume ({@code WM_POWERBROADCAST}, which only
 * top-level windows get). Unknot keeps one hidden top-level window for that, with its own message loop on a
 * daemon thread.
 */
final class WindowsSessionEvents implements WinUser.WindowProc {

    private static final Logger LOG = LoggerFactory.getLogger(WindowsSessionEvents.class);
    private static final String WINDOW_CLASS = "UnknotSessionEvents";
    // From winuser.h / WtsApi32.h.
    static final int WM_POWERBROADCAST = 0x0218;
    static final int PBT_APMSUSPEND = 0x4;
    static final int PBT_APMRESUMESUSPEND = 0x7;
    static final int PBT_APMRESUMEAUTOMATIC = 0x12;

    private final Consumer<DesktopEvent> sink;
    private final Clock clock;

    private WindowsSessionEvents(Consumer<DesktopEvent> sink, Clock clock) {
        this.sink = sink;
        this.clock = clock;
    }

    /** Listens on the calling thread for as long as the process runs. */
    static void listen(Consumer<DesktopEvent> sink, Clock clock) {
        new WindowsSessionEvents(sink, clock).run();
    }

    /** What a window message means for Unknot, if anything. */
    static Optional<DesktopEvent> translate(int message, long wParam, Instant at) {
        if (message == WinUser.WM_SESSION_CHANGE) {
            if (wParam == Wtsapi32.WTS_SESSION_LOCK) {
                return Optional.of(new DesktopEvent.ScreenLock(at, true));
            }
            if (wParam == Wtsapi32.WTS_SESSION_UNLOCK) {
                return Optional.of(new DesktopEvent.ScreenLock(at, false));
            }
        } else if (message == WM_POWERBROADCAST) {
            if (wParam == PBT_APMSUSPEND) {
                return Optional.of(new DesktopEvent.Sleep(at, true));
            }
            if (wParam == PBT_APMRESUMEAUTOMATIC || wParam == PBT_APMRESUMESUSPEND) {
                return Optional.of(new DesktopEvent.Sleep(at, false));
            }
        }
        return Optional.empty();
    }

    private void run() {
        try {
            WinDef.HINSTANCE module = Kernel32.INSTANCE.GetModuleHandle(null);
            WinUser.WNDCLASSEX type = new WinUser.WNDCLASSEX();
            type.hInstance = module;
            type.lpfnWndProc = this;
            type.lpszClassName = WINDOW_CLASS;
            User32.INSTANCE.RegisterClassEx(type);
            WinDef.HWND window = User32.INSTANCE.CreateWindowEx(0, WINDOW_CLASS, "Unknot", 0, 0, 0, 0, 0, null,
                    null, module, null);
            if (window == null || !Wtsapi32.INSTANCE.WTSRegisterSessionNotification(window,
                    Wtsapi32.NOTIFY_FOR_THIS_SESSION)) {
                LOG.warn("Cannot listen to session lock and power messages (error {})",
                        Kernel32.INSTANCE.GetLastError());
                return;
            }
            LOG.info("Listening to Windows session lock and power messages");
            WinUser.MSG message = new WinUser.MSG();
            while (User32.INSTANCE.GetMessage(message, window, 0, 0) > 0) {
                User32.INSTANCE.TranslateMessage(message);
                User32.INSTANCE.DispatchMessage(message);
            }
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            LOG.warn("Session lock and power messages are not available", e);
        }
    }

    @Override
    public WinDef.LRESULT callback(WinDef.HWND window, int message, WinDef.WPARAM wParam, WinDef.LPARAM lParam) {
        Optional<DesktopEvent> event = translate(message, wParam.longValue(), clock.instant());
        if (event.isPresent()) {
            sink.accept(event.get());
            return new WinDef.LRESULT(message == WM_POWERBROADCAST ? 1 : 0);
        }
        return User32.INSTANCE.DefWindowProc(window, message, wParam, lParam);
    }
}
