package io.unknot.core;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Delivers events to listeners outside the engine's lock, in the order the engine produced them. Events are
 * queued while the lock is held; whoever finds the queue free delivers. A listener that calls back into the
 * engine (the break window pressing Done) therefore never deadlocks, and its events arrive after the ones
 * already queued, at every listener alike.
 */
final class EventQueue {

    private final FaultListener faults;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final Queue<EngineEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean delivering = new AtomicBoolean();

    /** @param faults told when a listener throws; the others still get the event */
    EventQueue(FaultListener faults) {
        this.faults = faults;
    }

    void add(EngineListener listener) {
        listeners.add(listener);
    }

    void remove(EngineListener listener) {
        listeners.remove(listener);
    }

    /** Call while holding the engine's lock, so that the queue keeps the engine's order. */
    void enqueue(List<EngineEvent> events) {
        queue.addAll(events);
    }

    /** Call without holding the engine's lock. */
    void deliver() {
        while (!queue.isEmpty() && delivering.compareAndSet(false, true)) {
            try {
                EngineEvent event;
                while ((event = queue.poll()) != null) {
                    for (EngineListener listener : listeners) {
                        notify(listener, event);
                    }
                }
            } finally {
                delivering.set(false);
            }
        }
    }

    private void notify(EngineListener listener, EngineEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            faults.onFault("Listener " + listener + " failed on " + event, e);
        }
    }
}
