package io.unknot.app;

import io.unknot.core.EngineEvent;
import io.unknot.core.EngineListener;
import io.unknot.platform.NativeHeap;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Start-up and every break window leave freed native memory behind; once things have settled, hand it back.
 * One coalescing trim on the app's background executor, so a burst of events trims once and nothing runs while
 * Unknot is idle (a Swing timer would start AWT's toolkit, which a native tray icon never needs).
 */
final class HeapTrimmer implements EngineListener {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final NativeHeap heap;
    private final ScheduledExecutorService background;
    private Future<?> pending;

    HeapTrimmer(NativeHeap heap, ScheduledExecutorService background) {
        this.heap = heap;
        this.background = background;
    }

    /** Trims once start-up has settled. */
    void start() {
        trimWhenSettled();
    }

    @Override
    public void onEvent(EngineEvent event) {
        if (event instanceof EngineEvent.BreakCompleted || event instanceof EngineEvent.BreakSkipped
                || event instanceof EngineEvent.BreakPostponed) {
            trimWhenSettled();
        }
    }

    private synchronized void trimWhenSettled() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = background.schedule(heap::trim, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
    }
}
