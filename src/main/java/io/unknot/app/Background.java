package io.unknot.app;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's one executor for short background work beside the Quartz scheduler: the tray's calm refresh, the
 * do-not-disturb checks and the sounds. App creates it and shuts it down in one place when it stops.
 *
 * <p>Threads of their own stay only where they have a reason: the history writer (one thread keeps appends and
 * retention in order, and must outlive everything that records), the settings store (its one I/O thread serves
 * Settings before App exists and saves at exit), the control socket (a blocking accept, and answers off it), the
 * X tray-host watch and the Windows session events (blocking readers of a native event stream), the tray's head
 * start at launch (GTK's loop and a one-shot desktop detection), and Quartz's own pool (the scheduler itself).
 */
final class Background {

    /** Two, so a sound playing or a slow probe never holds up the tray's refresh. */
    private static final int THREADS = 2;

    private Background() {
    }

    static ScheduledExecutorService create() {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(THREADS, task -> {
            Thread thread = new Thread(task, "unknot-background-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true); // a replaced check must not wake a thread at its old time
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        return executor;
    }
}
