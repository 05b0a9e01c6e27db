package io.unknot.settings;

/** A handler registered with {@link Settings}; closing it stops the handler hearing changes. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
