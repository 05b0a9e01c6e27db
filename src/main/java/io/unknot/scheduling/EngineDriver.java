package io.unknot.scheduling;

import io.unknot.core.BreakEngine;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives a {@link BreakEngine} with Quartz: a heartbeat that samples activity, and a one-shot "next due" trigger
 * set to {@link BreakEngine#nextWakeUp()} after every tick, so warnings and breaks fire on time between beats.
 * Quartz runs in memory with one worker thread ({@link QuietThreadPool}) and never touches the network.
 *
 * <p>Quartz schedules by the wall clock. Forward jumps and suspends are handled through the misfire rules below;
 * a clock set back delays both triggers by the jump, until the next {@link #wake()} re-plans from the new time.
 */
public final class EngineDriver {

    /** Activity is never sampled faster than this. */
    public static final Duration MIN_HEARTBEAT = Duration.ofSeconds(1);

    /** Nor slower than this, so the tray's figures never lag far behind. */
    public static final Duration MAX_HEARTBEAT = Duration.ofSeconds(15);

    /**
     * A trigger this late counts as misfired and gets the handling chosen below instead of firing as scheduled.
     * One second: anything later is a suspend, a stopped process or a wall-clock jump, not scheduling jitter.
     */
    static final long MISFIRE_THRESHOLD_MILLIS = 1_000;

    /**
     * Quartz fires a trigger up to 2 ms before its time; aiming this much later makes sure the engine finds the
     * planned moment passed, rather than a hair early (which would put the break off to the next wake-up).
     */
    static final Duration FIRE_MARGIN = Duration.ofMillis(20);

    private static final Logger LOG = LoggerFactory.getLogger(EngineDriver.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String GROUP = "unknot";
    private static final JobKey TICK_JOB = JobKey.jobKey("tick", GROUP);
    private static final TriggerKey HEARTBEAT = TriggerKey.triggerKey("heartbeat", GROUP);
    private static final TriggerKey NEXT_DUE = TriggerKey.triggerKey("next-due", GROUP);

    private final BreakEngine engine;
    private Duration heartbeat;
    private final String instanceName = "unknot-engine-" + INSTANCES.incrementAndGet();
    private Scheduler scheduler;
    private Optional<Instant> planned = Optional.empty();

    public EngineDriver(BreakEngine engine, Duration heartbeat) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.heartbeat = checked(heartbeat);
    }

    /**
     * The heartbeat for an idle threshold: two samples per threshold. The engine tells a busy user from an absent
     * one only by the gap between the last inputs that two samples report, so a beat as long as the threshold
     * would count steady typing as idle stretches (and raise no break at all). Within
     * {@link #MIN_HEARTBEAT}..{@link #MAX_HEARTBEAT}.
     */
    public static Duration heartbeatFor(Duration idleThreshold) {
        Duration half = idleThreshold.dividedBy(2);
        if (half.compareTo(MIN_HEARTBEAT) < 0) {
            return MIN_HEARTBEAT;
        }
        return half.compareTo(MAX_HEARTBEAT) > 0 ? MAX_HEARTBEAT : half;
    }

    /** Starts Quartz and the heartbeat; the first tick happens at once. */
    public synchronized void start() {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        try {
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory((bundle, s) -> new TickJob(this));
            JobDetail job = JobBuilder.newJob(TickJob.class).withIdentity(TICK_JOB).storeDurably().build();
            scheduler.scheduleJob(job, beat(new Date()));
            scheduler.start();
            LOG.info("Engine driver {} started, heartbeat {}", instanceName, heartbeat);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler could not start", e);
        }
    }

    /** Samples at a new rate (the idle threshold changed); the first new beat comes one new interval from now. */
    public synchronized void setHeartbeat(Duration value) {
        if (checked(value).equals(heartbeat)) {
            return;
        }
        heartbeat = value;
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.rescheduleJob(HEARTBEAT, beat(Date.from(Instant.now().plus(value))));
            LOG.info("Engine driver {}: heartbeat now {}", instanceName, value);
        } catch (SchedulerException e) {
            LOG.error("Could not change the heartbeat to {}", value, e);
        }
    }

    /** Shuts Quartz down without waiting for a running tick, so it can be called from a listener too. */
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.warn("Quartz scheduler did not shut down cleanly", e);
        }
        scheduler = null;
        planned = Optional.empty();
    }

    /** Ticks now on the calling thread and re-plans the next-due trigger. Call after every command or change. */
    public void wake() {
        engine.tick();
        replan();
    }

    String instanceName() {
        return instanceName;
    }

    /** For tests that need to stall Quartz as a suspend would. */
    Scheduler scheduler() {
        return scheduler;
    }

    private void beat() {
        try {
            engine.tick();
        } catch (RuntimeException e) {
            LOG.error("Engine tick failed", e);
        }
        replan();
    }

    /** Points the one-shot next-due trigger at the engine's next wake-up. */
    private synchronized void replan() {
        if (scheduler == null) {
            return;
        }
        Optional<Instant> next = engine.nextWakeUp();
        try {
            if (next.equals(planned) && scheduler.checkExists(NEXT_DUE)) {
                return;
            }
            if (next.isEmpty()) {
                scheduler.unscheduleJob(NEXT_DUE);
            } else {
                // After a suspend this moment lies in the past: fire it once, now, rather than skip it.
                Trigger due = TriggerBuilder.newTrigger().withIdentity(NEXT_DUE).forJob(TICK_JOB)
                        .startAt(Date.from(next.get().plus(FIRE_MARGIN)))
                        .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                        .build();
                if (scheduler.rescheduleJob(NEXT_DUE, due) == null) {
                    scheduler.scheduleJob(due);
                }
            }
            planned = next;
        } catch (SchedulerException e) {
            LOG.error("Could not plan the next engine wake-up at {}", next, e);
        }
    }

    /**
     * The repeating heartbeat from {@code start}. Missed beats are not replayed (a suspend would otherwise cause a
     * burst of ticks): the next beat keeps its slot. Catching up is the next-due trigger's job, in replan.
     */
    private Trigger beat(Date start) {
        return TriggerBuilder.newTrigger().withIdentity(HEARTBEAT).forJob(TICK_JOB).startAt(start)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(heartbeat.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    private static Duration checked(Duration heartbeat) {
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.compareTo(MIN_HEARTBEAT) < 0) {
            throw new IllegalArgumentException("heartbeat must be at least " + MIN_HEARTBEAT + ", was " + heartbeat);
        }
        return heartbeat;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, instanceName);
        p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_JMX_EXPORT, "false");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_RMI_EXPORT, "false");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_RMI_PROXY, "false");
        // One daemon worker that sleeps until a job comes (SimpleThreadPool's polls every 500 ms).
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, QuietThreadPool.class.getName());
        p.setProperty("org.quartz.threadPool.threadName", instanceName + "_Worker-1");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD_MILLIS));
        // Quartz 2.5 has no update checker any more (org.quartz.scheduler.skipUpdateCheck is gone from
        // StdSchedulerFactory), so nothing here can reach the network.
        return p;
    }

    /** The one job: tick the engine and re-plan. Created by the driver's own job factory. */
    static final class TickJob implements Job {

        private final EngineDriver driver;

        TickJob(EngineDriver driver) {
            this.driver = driver;
        }

        @Override
        public void execute(JobExecutionContext context) {
            driver.beat();
        }
    }
}
