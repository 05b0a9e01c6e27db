package io.unknot.history;

import io.unknot.core.EngineEvent;
import io.unknot.core.EngineListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Turns engine events into history records. {@link #onEvent} only queues the event, so the engine's thread never
 * waits for the disk; one writer thread does the writing and sleeps on its queue when nothing happens. The same
 * thread runs retention, at {@link #startRetention} and then once a day, so it never races an append.
 */
public final class HistoryRecorder implements EngineListener, AutoCloseable {

    /** A minute still open this long after it began gets written even if the engine sends nothing more. */
    static final Duration LATE_FLUSH = Duration.ofMinutes(2);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(HistoryRecorder.class);

    private final Journal store;
    private final ScheduledThreadPoolExecutor writer;
    private final MinuteAccumulator minutes = new MinuteAccumulator();
    private final Duration lateFlush;
    private volatile Supplier<Duration> retention;
    private boolean failing;

    public HistoryRecorder(Journal store) {
        this(store, LATE_FLUSH);
    }

    /** With another late-flush delay, so a test need not wait two minutes. */
    HistoryRecorder(Journal store, Duration lateFlush) {
        this.store = store;
        this.lateFlush = lateFlush;
        this.writer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread t = new Thread(task, "unknot-history");
            t.setDaemon(true);
            return t;
        });
        writer.setRemoveOnCancelPolicy(true);
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void onEvent(EngineEvent event) {
        try {
            writer.execute(() -> handle(event));
        } catch (RejectedExecutionException e) {
            LOG.debug("History recorder closed; not recording {}", event);
        }
    }

    /**
     * Removes records older than {@code keep} now (in the background) and again every day; {@code keep} is read at
     * each run, so a changed setting applies at the next one (or at once through {@link #retainNow()}).
     */
    public void startRetention(Supplier<Duration> keep) {
        retention = keep;
        writer.scheduleWithFixedDelay(this::applyRetention, 0, 1, TimeUnit.DAYS);
    }

    /** Applies retention now, in the background; for example after the retention setting changed. */
    public void retainNow() {
        try {
            writer.execute(this::applyRetention);
        } catch (RejectedExecutionException e) {
            LOG.debug("History recorder closed; retention not run");
        }
    }

    /** Writes the open minute and everything queued, then stops the writer thread. The store stays open. */
    @Override
    public void close() {
        try {
            writer.execute(this::flushMinute);
        } catch (RejectedExecutionException e) {
            return;
        }
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("History writer did not finish within {}", CLOSE_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until everything queued so far has been handled. For tests. */
    void drain() throws InterruptedException {
        try {
            writer.submit(() -> { }).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(EngineEvent event) {
        if (event instanceof EngineEvent.TimeAccrued span) {
            Optional<MinuteAccumulator.Key> before = minutes.pendingKey();
            minutes.add(span).ifPresent(this::write);
            Optional<MinuteAccumulator.Key> now = minutes.pendingKey();
            if (now.isPresent() && !now.equals(before)) {
                // Normally the next span or a state change closes the minute; this covers an engine gone quiet.
                writer.schedule(() -> flushIfStill(now.get()), lateFlush.toMillis(), TimeUnit.MILLISECONDS);
            }
        } else {
            flushMinute();
            EventRecords.of(event).ifPresent(this::write);
        }
    }

    private void flushIfStill(MinuteAccumulator.Key key) {
        if (minutes.pendingKey().equals(Optional.of(key))) {
            flushMinute();
        }
    }

    private void flushMinute() {
        minutes.flush().ifPresent(this::write);
    }

    private void write(HistoryRecord record) {
        try {
            store.append(record);
            if (failing) {
                LOG.info("History is being written again");
                failing = false;
            }
        } catch (IOException | RuntimeException e) {
            if (!failing) {
                LOG.warn("History could not be written ({}); Unknot goes on and retries with the next record",
                        e.toString());
                failing = true;
            } else {
                LOG.debug("History still not writable: {}", e.toString());
            }
        }
    }

    private void applyRetention() {
        Supplier<Duration> keep = retention;
        if (keep == null) {
            return;
        }
        try {
            Instant cutoff = Retention.cutoff(store.clock().instant(), store.clock().getZone(), keep.get());
            store.removeBefore(cutoff);
        } catch (IOException | RuntimeException e) {
            // Caught so the daily schedule keeps running; the next run tries again.
            LOG.warn("History retention failed: {}", e.toString());
        }
    }
}
