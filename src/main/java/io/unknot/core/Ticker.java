package io.unknot.core;

/**
 * A monotonic time source for measuring durations: unlike the wall clock it never jumps when NTP, daylight
 * saving or the user changes the time. It does not advance while the machine is suspended.
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    static Ticker system() {
        return System::nanoTime;
    }
}
