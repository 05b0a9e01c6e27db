package io.unknot.scheduling;

import org.quartz.spi.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz's job thread, asleep until a job is handed to it. Quartz's own {@code SimpleThreadPool} has each idle
 * worker wake every 500 ms to look for work: 120 wake-ups a minute for a driver that ticks every few seconds.
 * One thread is enough, since the driver runs one job at a time. Quartz creates it by class name and sets
 * {@link #setThreadName} from the {@code org.quartz.threadPool.threadName} property.
 */
public final class QuietThreadPool implements ThreadPool {

    private static final Logger LOG = LoggerFactory.getLogger(QuietThreadPool.class);

    private final Object lock = new Object();
    private String threadName = "quartz-worker";
    private Thread worker;
    /** Guarded by lock: the job handed over and not yet taken, whether one is running, whether to stop. */
    private Runnable handedOver;
    private boolean busy;
    private boolean shuttingDown;

    public void setThreadName(String name) {
        this.threadName = name;
    }

    @Override
    public void initialize() {
        worker = new Thread(this::work, threadName);
        worker.setDaemon(true);
        worker.start();
    }

    /** Hands the job to the worker, waiting while it still runs the previous one; false once shut down. */
    @Override
    public boolean runInThread(Runnable job) {
        synchronized (lock) {
            awaitFree();
            if (shuttingDown) {
                return false;
            }
            busy = true;
            handedOver = job;
            lock.notifyAll();
            return true;
        }
    }

    @Override
    public int blockForAvailableThreads() {
        synchronized (lock) {
            awaitFree();
            return shuttingDown ? 0 : 1;
        }
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        synchronized (lock) {
            shuttingDown = true;
            lock.notifyAll();
        }
        if (waitForJobsToComplete && worker != null && worker != Thread.currentThread()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return 1;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // One pool per scheduler: nothing to tell apart.
    }

    @Override
    public void setInstanceName(String schedName) {
        // The thread's name comes from setThreadName.
    }

    private void work() {
        while (true) {
            Runnable job;
            synchronized (lock) {
                while (handedOver == null && !shuttingDown) {
                    waitOnLock();
                }
                if (handedOver == null) {
                    return;
                }
                job = handedOver;
                handedOver = null;
            }
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.error("A scheduled job failed", e);
            } finally {
                synchronized (lock) {
                    busy = false;
                    lock.notifyAll();
                }
            }
        }
    }

    /** Waits, holding the lock, until no job runs or the pool shuts down. */
    private void awaitFree() {
        while (busy && !shuttingDown) {
            waitOnLock();
        }
    }

    /**
     * Waits without a timeout for a notify. An interrupt is only another reason to look at the state again: every
     * caller loops on it, and shutdown notifies.
     */
    private void waitOnLock() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            LOG.debug("Interrupted while waiting; checking the state again");
        }
    }
}
