package io.unknot.platform.idle;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.User32;
import com.sun.jna.platform.win32.WinUser;
import io.unknot.core.IdleSource;

import java.time.Duration;
import java.util.Optional;

/** Windows idle time: the tick count now minus the tick count of the last input event. */
final class WindowsIdleSource implements IdleSource {

    static Optional<IdleSource> open() {
        try {
            WindowsIdleSource source = new WindowsIdleSource();
            return source.idleTime().isPresent() ? Optional.of(source) : Optional.empty();
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Duration> idleTime() {
        WinUser.LASTINPUTINFO info = new WinUser.LASTINPUTINFO();
        if (!User32.INSTANCE.GetLastInputInfo(info)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(elapsedMillis(Kernel32.INSTANCE.GetTickCount(), info.dwTime)));
    }

    /** Both counts are 32-bit milliseconds that wrap after 49.7 days; unsigned subtraction survives the wrap. */
    static long elapsedMillis(int tickNow, int tickAtLastInput) {
        return Integer.toUnsignedLong(tickNow - tickAtLastInput);
    }
}
