package io.unknot.core;

/** Receives what the engine decided. Called on the thread that drove the engine; must return quickly. */
@FunctionalInterface
public interface EngineListener {
    void onEvent(EngineEvent event);
}
