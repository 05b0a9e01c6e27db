package io.unknot.scheduling;

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
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The heartbeat and the planned moment as Quartz triggers on one job. Quartz runs in memory with one worker thread
 * ({@link QuietThreadPool}) and never touches the network.
 *
 * <p>Quartz schedules by the wall clock. Forward jumps and suspends are handled through the misfire rules below;
 * a clock set back delays both triggers by the jump, until the next plan is made from the new time.
 */
final class QuartzTriggers implements TriggerSource {

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

    private static final Logger LOG = LoggerFactory.getLogger(QuartzTriggers.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String GROUP = "unknot";
    private static final JobKey ACTION_JOB = JobKey.jobKey("tick", GROUP);
    private static final TriggerKey HEARTBEAT = TriggerKey.triggerKey("heartbeat", GROUP);
    private static final TriggerKey NEXT_DUE = TriggerKey.triggerKey("next-due", GROUP);

    private final String instanceName = "unknot-engine-" + INSTANCES.incrementAndGet();
    private Scheduler scheduler;
    private Duration heartbeat;
    private Optional<Instant> planned = Optional.empty();

    @Override
    public synchronized void start(Duration beat, Runnable action) {
        if (scheduler != null) {
            throw new IllegalStateException("already started");
        }
        heartbeat = beat;
        try {
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory((bundle, s) -> new ActionJob(action));
            JobDetail job = JobBuilder.newJob(ActionJob.class).withIdentity(ACTION_JOB).storeDurably().build();
            scheduler.scheduleJob(job, beat(new Date()));
            scheduler.start();
            LOG.info("Engine driver {} started, heartbeat {}", instanceName, beat);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler could not start", e);
        }
    }

    @Override
    public synchronized void setHeartbeat(Duration value) {
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

    @Override
    public synchronized void planAt(Optional<Instant> next) {
        if (scheduler == null) {
            return;
        }
        try {
            if (next.equals(planned) && scheduler.checkExists(NEXT_DUE)) {
                return;
            }
            if (next.isEmpty()) {
                scheduler.unscheduleJob(NEXT_DUE);
            } else {
                // After a suspend this moment lies in the past: fire it once, now, rather than skip it.
                Trigger due = TriggerBuilder.newTrigger().withIdentity(NEXT_DUE).forJob(ACTION_JOB)
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

    @Override
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

    String instanceName() {
        return instanceName;
    }

    /** For tests that need to stall Quartz as a suspend would. */
    synchronized Scheduler scheduler() {
        return scheduler;
    }

    /**
     * The repeating heartbeat. Missed beats are not replayed (a suspend would otherwise cause a burst of actions):
     * the next beat keeps its slot. Catching up is the planned moment's job.
     */
    private Trigger beat(Date start) {
        return TriggerBuilder.newTrigger().withIdentity(HEARTBEAT).forJob(ACTION_JOB).startAt(start)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(heartbeat.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
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

    /** The one job, for both triggers. Created by the scheduler's own job factory. */
    static final class ActionJob implements Job {

        private final Runnable action;

        ActionJob(Runnable action) {
            this.action = action;
        }

        @Override
        public void execute(JobExecutionContext context) {
            action.run();
        }
    }
}
