package io.unknot.core;

/**
 * Hears of failures the engine survived: an idle source or an event listener that threw. The engine carries on
 * (it counts the moment as active, or delivers the event to the other listeners); the app writes these to its
 * log, the core itself has none.
 */
@FunctionalInterface
public interface FaultListener {

    /** @param what what failed and what the engine did instead, in English for the log */
    void onFault(String what, RuntimeException cause);
}
