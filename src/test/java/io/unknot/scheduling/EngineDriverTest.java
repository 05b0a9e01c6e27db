package io.unknot.scheduling;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.BreakSettings;
import io.unknot.core.EngineEvent;
import io.unknot.core.IdleSource;
import io.unknot.core.SuggestionSource;
import io.unknot.core.Ticker;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real Quartz scheduler driving the real engine on the real clocks, with second-scale breaks and a user who
 * never stops typing. Waits here are on Quartz, not on logic: the engine's rules are tested with fake time.
 */
class EngineDriverTest {

    private static final Logger LOG = LoggerFactory.getLogger(EngineDriverTest.class);
    private static final IdleSource ALWAYS_TYPING = () -> Optional.of(Duration.ZERO);
    private static final SuggestionSource SUGGESTIONS = (need, now) -> new Suggestion(need.name(), "Move",
            List.of("Move"), Duration.ofSeconds(1), BodyArea.NECK, Category.STRETCH, Set.of(need), "none.svg",
            Optional.empty());

    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();
    private EngineDriver driver;

    @AfterEach
    void stopQuartz() {
        if (driver != null) {
            driver.stop();
        }
    }

    @Test
    void warningsBreaksAndTheirEndsArriveInOrderBetweenHeartbeats() throws InterruptedException {
        // Micro-break every 2 s of typing, 1 s long, announced 1 s ahead; the heartbeat is slower than all of
        // it, so only the next-due trigger can deliver these on time.
        BreakEngine engine = engine(microBreaks(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        CountDownLatch twoWarnings = new CountDownLatch(2);
        engine.addListener(e -> {
            if (e instanceof EngineEvent.BreakWarning) {
                twoWarnings.countDown();
            }
        });
        driver = new EngineDriver(engine, Duration.ofSeconds(5));
        long started = System.nanoTime();

        driver.start();

        assertThat(twoWarnings.await(10, TimeUnit.SECONDS)).as("two warnings within 10 s").isTrue();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakWarning || e instanceof EngineEvent.BreakDue
                        || e instanceof EngineEvent.BreakCompleted)
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("BreakWarning", "BreakDue", "BreakCompleted", "BreakWarning");
        assertThat(took).as("second warning 4 s in, before the second heartbeat")
                .isBetween(Duration.ofMillis(3500), Duration.ofMillis(4900));
        EngineEvent.BreakDue due = (EngineEvent.BreakDue) events.stream()
                .filter(e -> e instanceof EngineEvent.BreakDue).findFirst().orElseThrow();
        EngineEvent.BreakCompleted done = (EngineEvent.BreakCompleted) events.stream()
                .filter(e -> e instanceof EngineEvent.BreakCompleted).findFirst().orElseThrow();
        assertThat(Duration.between(due.at(), done.at())).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1500));
    }

    @Test
    void quartzRunsOnTwoThreadsAndStopsThemPromptly() throws InterruptedException {
        driver = new EngineDriver(engine(BreakSettings.DEFAULTS), Duration.ofSeconds(5));
        driver.start();

        List<String> threads = quartzThreads();
        LOG.info("Quartz threads: {}", threads);
        assertThat(threads).hasSize(2).anyMatch(n -> n.endsWith("_QuartzSchedulerThread"))
                .anyMatch(n -> n.contains("_Worker-"));

        long stopping = System.nanoTime();
        driver.stop();
        while (!quartzThreads().isEmpty() && System.nanoTime() - stopping < TimeUnit.SECONDS.toNanos(5)) {
            Thread.sleep(20);
        }
        assertThat(quartzThreads()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void afterAStallMissedBeatsAreNotReplayedAndTheDueMomentFiresOnceAtOnce() throws Exception {
        AtomicInteger ticks = new AtomicInteger();
        IdleSource counting = () -> {
            ticks.incrementAndGet();
            return Optional.of(Duration.ZERO);
        };
        BreakEngine engine = new BreakEngine(Clock.systemDefaultZone(), Ticker.system(), counting,
                microBreaks(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ZERO), SUGGESTIONS);
        engine.addListener(events::add);
        CountDownLatch due = new CountDownLatch(1);
        engine.addListener(e -> {
            if (e instanceof EngineEvent.BreakDue) {
                due.countDown();
            }
        });
        driver = new EngineDriver(engine, Duration.ofSeconds(1));
        driver.start();
        Thread.sleep(500);

        // Quartz stands still for 3 s, as through a suspend: three beats and the 3-second break are missed.
        driver.scheduler().standby();
        Thread.sleep(3000);
        int before = ticks.get();
        long resumed = System.nanoTime();
        driver.scheduler().start();

        assertThat(due.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - resumed)).isLessThan(Duration.ofMillis(500));
        Thread.sleep(300);
        assertThat(ticks.get() - before).as("ticks right after the stall").isBetween(1, 2);
    }

    @Test
    void wakeTicksAtOnceAndPlansTheNextMomentFromTheNewState() throws InterruptedException {
        BreakEngine engine = engine(microBreaks(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        engine.pauseIndefinitely();
        CountDownLatch warned = new CountDownLatch(1);
        engine.addListener(e -> {
            if (e instanceof EngineEvent.BreakWarning) {
                warned.countDown();
            }
        });
        driver = new EngineDriver(engine, Duration.ofSeconds(30));
        driver.start();
        Thread.sleep(200);

        engine.resume();
        long resumed = System.nanoTime();
        driver.wake();

        assertThat(warned.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - resumed)).isBetween(Duration.ofMillis(900),
                Duration.ofMillis(1500));
    }

    @Test
    void aNewHeartbeatTakesOverFromTheOldOne() throws InterruptedException {
        AtomicInteger ticks = new AtomicInteger();
        IdleSource counting = () -> {
            ticks.incrementAndGet();
            return Optional.of(Duration.ZERO);
        };
        BreakEngine engine = new BreakEngine(Clock.systemDefaultZone(), Ticker.system(), counting,
                BreakSettings.DEFAULTS, SUGGESTIONS);
        driver = new EngineDriver(engine, Duration.ofSeconds(30));
        driver.start();
        Thread.sleep(300); // the first beat comes at once, the next one would be 30 s later

        int before = ticks.get();
        driver.setHeartbeat(Duration.ofSeconds(1));
        Thread.sleep(2500);

        assertThat(ticks.get() - before).as("ticks in 2.5 s at the new 1 s heartbeat").isBetween(2, 3);
    }

    @Test
    void theHeartbeatSamplesTwicePerIdleThresholdWithinItsBounds() {
        assertThat(EngineDriver.heartbeatFor(Duration.ofSeconds(10))).isEqualTo(Duration.ofSeconds(5));
        assertThat(EngineDriver.heartbeatFor(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(2500));
        assertThat(EngineDriver.heartbeatFor(Duration.ofSeconds(1))).isEqualTo(EngineDriver.MIN_HEARTBEAT);
        assertThat(EngineDriver.heartbeatFor(Duration.ofMinutes(10))).isEqualTo(EngineDriver.MAX_HEARTBEAT);
    }

    @Test
    void aHeartbeatFasterThanOneSecondIsRefused() {
        BreakEngine engine = engine(BreakSettings.DEFAULTS);

        assertThatThrownBy(() -> new EngineDriver(engine, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }

    private BreakEngine engine(BreakSettings settings) {
        BreakEngine engine = new BreakEngine(Clock.systemDefaultZone(), Ticker.system(), ALWAYS_TYPING, settings,
                SUGGESTIONS);
        engine.addListener(events::add);
        return engine;
    }

    private static BreakSettings microBreaks(Duration every, Duration lasting, Duration lead) {
        BreakSettings s = BreakSettings.DEFAULTS.withWarningLead(lead);
        for (BreakKind kind : BreakKind.values()) {
            s = s.withRule(kind, s.rule(kind).withEnabled(kind == BreakKind.MICRO));
        }
        return s.withRule(BreakKind.MICRO, s.rule(BreakKind.MICRO).withInterval(every).withDuration(lasting));
    }

    private List<String> quartzThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(driver.instanceName() + "_")).toList();
    }
}
