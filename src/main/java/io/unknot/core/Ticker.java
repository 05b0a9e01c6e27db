package io.unknot.core;

/**
 * A monotonic time source for measuring durations: unlike the wall clock it never jumps when NTP, daylight
 * saving or the user changes the time. It does not advance while the machine is suspended. The app passes
 * {@code System::nanoTime}; tests pass a fake.
 */
@FunctionalInterface
public interface Ticker {

    long nanos();
}
