package io.unknot.scheduling;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Quartz scheduler firing on the real clock. Only what cannot flake is asserted: what fires and in which
 * order, never how soon; waits are for Quartz's threads, with generous patience. The driver's own decisions are
 * tested on fake time in {@link EngineDriverTest}.
 */
class QuartzTriggersTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final QuartzTriggers triggers = new QuartzTriggers();
    /** When each action ran. */
    private final List<Instant> fired = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopQuartz() {
        triggers.stop();
    }

    @Test
    void thePlannedMomentFiresOnceAndNeverBeforeItsTime() {
        triggers.start(Duration.ofMinutes(10), () -> fired.add(Instant.now()));
        eventually("the first beat, at start", PATIENCE, () -> fired.size() == 1);

        Instant moment = Instant.now().plusMillis(300);
        triggers.planAt(Optional.of(moment));
        triggers.planAt(Optional.of(moment));

        eventually("the planned moment", PATIENCE, () -> fired.size() >= 2);
        assertThat(fired.get(1)).isAfterOrEqualTo(moment);
        assertThat(fired).as("one beat, one planned moment; the second plan of it changed nothing").hasSize(2);
    }

    @Test
    void aNewPlanReplacesTheOldOne() {
        triggers.start(Duration.ofMinutes(10), () -> fired.add(Instant.now()));
        eventually("the first beat, at start", PATIENCE, () -> fired.size() == 1);

        triggers.planAt(Optional.of(Instant.now().plus(Duration.ofMinutes(5))));
        triggers.planAt(Optional.of(Instant.now().plusMillis(100)));

        eventually("the moment planned last, long before the first one", PATIENCE, () -> fired.size() == 2);
    }

    @Test
    void aMomentAlreadyPastFiresAtOnce() {
        triggers.start(Duration.ofMinutes(10), () -> fired.add(Instant.now()));
        eventually("the first beat, at start", PATIENCE, () -> fired.size() == 1);

        triggers.planAt(Optional.of(Instant.now().minus(Duration.ofMinutes(1))));

        eventually("the overdue moment (a suspend makes these)", PATIENCE, () -> fired.size() == 2);
    }

    @Test
    void aNewHeartbeatTakesOverFromTheOldOne() {
        triggers.start(Duration.ofMinutes(10), () -> fired.add(Instant.now()));
        eventually("the first beat, at start", PATIENCE, () -> fired.size() == 1);

        triggers.setHeartbeat(Duration.ofSeconds(1));

        eventually("two beats at the new 1 s rate (the old one would take 10 min)", PATIENCE,
                () -> fired.size() >= 3);
    }

    @Test
    void afterAStallMissedBeatsAreNotReplayed() throws Exception {
        triggers.start(Duration.ofSeconds(1), () -> fired.add(Instant.now()));
        eventually("the first beat, at start", PATIENCE, () -> !fired.isEmpty());

        // Quartz stands still for 3 s, as through a suspend: three beats are missed.
        triggers.scheduler().standby();
        Thread.sleep(3000);
        int before = fired.size();
        Instant resumed = Instant.now();
        triggers.scheduler().start();
        eventually("a beat after the stall", PATIENCE, () -> fired.size() > before);

        int after = fired.size() - before;
        long secondsSinceResuming = Duration.between(resumed, Instant.now()).toSeconds();
        assertThat(after).as("beats after the stall: the beat on its slot, no burst of the three missed ones")
                .isLessThanOrEqualTo(1 + (int) secondsSinceResuming + 1);
    }

    @Test
    void quartzRunsOnTwoThreadsAndStopEndsThem() {
        triggers.start(Duration.ofMinutes(10), () -> fired.add(Instant.now()));

        assertThat(quartzThreads()).hasSize(2).anyMatch(n -> n.endsWith("_QuartzSchedulerThread"))
                .anyMatch(n -> n.contains("_Worker-"));

        triggers.stop();
        eventually("Quartz's threads to end", PATIENCE, () -> quartzThreads().isEmpty());
    }

    private List<String> quartzThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(triggers.instanceName() + "_")).toList();
    }
}
