package io.unknot.app;

import io.unknot.core.EngineEvent;
import io.unknot.core.EngineListener;
import io.unknot.platform.NativeHeap;

import javax.swing.Timer;
import java.time.Duration;

/**
 * Start-up and every break window leave freed native memory behind; once things have settled, hand it back.
 * One coalescing timer, so a burst of events trims once and nothing runs while Unknot is idle.
 */
final class HeapTrimmer implements EngineListener {

    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final Timer timer;

    HeapTrimmer(NativeHeap heap) {
        timer = new Timer((int) SETTLE.toMillis(), e -> heap.trim());
        timer.setRepeats(false);
    }

    /** Trims once start-up has settled. */
    void start() {
        timer.restart();
    }

    @Override
    public void onEvent(EngineEvent event) {
        if (event instanceof EngineEvent.BreakCompleted || event instanceof EngineEvent.BreakSkipped
                || event instanceof EngineEvent.BreakPostponed) {
            timer.restart();
        }
    }
}
