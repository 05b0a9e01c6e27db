package io.unknot.scheduling;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakKind;
import io.unknot.core.BreakSettings;
import io.unknot.core.EngineEvent;
import io.unknot.core.FakeTime;
import io.unknot.core.IdleSource;
import io.unknot.core.suggest.SuggestionSource;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Suggestion;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The driver's decisions on fake time: which moments it plans and when the engine ticks, with timers that the
 * test fires ({@link FakeTriggers}). That Quartz fires what is planned is {@link QuartzTriggersTest}'s part.
 */
class EngineDriverTest {

    private static final IdleSource ALWAYS_TYPING = () -> Optional.of(Duration.ZERO);
    private static final SuggestionSource SUGGESTIONS = (need, now) -> new Suggestion(need.name(), "Move",
            List.of("Move"), Duration.ofSeconds(1), BodyArea.NECK, Category.STRETCH, Set.of(need), "none.svg",
            Optional.empty());

    private final FakeTime time = FakeTime.at("2025-06-16T10:00", "Europe/Berlin");
    private final Instant start = time.instant();
    private final FakeTriggers triggers = new FakeTriggers(time);
    private final List<EngineEvent> events = new ArrayList<>();

    @Test
    void warningsBreaksAndTheirEndsArriveOnTimeBetweenHeartbeats() {
        // Micro-break every 2 s of typing, 1 s long, announced 1 s ahead; the heartbeat is slower than all of
        // it, so only the planned moments can deliver these on time.
        BreakEngine engine = engine(ALWAYS_TYPING,
                microBreaks(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        EngineDriver driver = new EngineDriver(engine, Duration.ofSeconds(5), triggers);

        driver.start();
        triggers.runFor(Duration.ofMillis(4500));

        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakWarning || e instanceof EngineEvent.BreakDue
                        || e instanceof EngineEvent.BreakCompleted)
                .extracting(e -> e.getClass().getSimpleName() + " +" + secondsIn(e))
                .containsExactly("BreakWarning +1", "BreakDue +2", "BreakCompleted +3", "BreakWarning +4");
        assertThat(triggers.fired()).containsExactly("beat@PT0S", "due@PT1S", "due@PT2S", "due@PT3S", "due@PT4S");
        assertThat(triggers.planned()).hasValue(start.plusSeconds(5));
    }

    @Test
    void wakeTicksAtOnceAndPlansTheNextMomentFromTheNewState() {
        BreakEngine engine = engine(ALWAYS_TYPING,
                microBreaks(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(1)));
        engine.pauseIndefinitely();
        EngineDriver driver = new EngineDriver(engine, Duration.ofSeconds(30), triggers);
        driver.start();
        triggers.runFor(Duration.ofMillis(200));
        assertThat(triggers.planned()).isNotEqualTo(Optional.of(start.plusMillis(1200)));

        engine.resume();
        driver.wake();

        assertThat(triggers.planned()).as("the warning, 1 s after resuming").hasValue(start.plusMillis(1200));
        triggers.runFor(Duration.ofSeconds(1));
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakWarning).singleElement()
                .extracting(EngineEvent::at).isEqualTo(start.plusMillis(1200));
    }

    @Test
    void aNewHeartbeatTakesOverFromTheOldOneAndTheSameOneChangesNothing() {
        AtomicInteger ticks = new AtomicInteger();
        BreakEngine engine = engine(counting(ticks), BreakSettings.DEFAULTS);
        EngineDriver driver = new EngineDriver(engine, Duration.ofSeconds(30), triggers);
        driver.start();
        triggers.runFor(Duration.ZERO);
        int before = ticks.get();

        driver.setHeartbeat(Duration.ofSeconds(1));
        driver.setHeartbeat(Duration.ofSeconds(1));
        triggers.runFor(Duration.ofMillis(2500));

        assertThat(ticks.get() - before).as("ticks in 2.5 s at the new 1 s heartbeat").isEqualTo(2);
        assertThat(triggers.heartbeats()).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(1));
    }

    @Test
    void aHeartbeatChosenBeforeStartIsTheOneItStartsWith() {
        EngineDriver driver = new EngineDriver(engine(ALWAYS_TYPING, BreakSettings.DEFAULTS), Duration.ofSeconds(5),
                triggers);

        driver.setHeartbeat(Duration.ofSeconds(2));
        driver.start();

        assertThat(triggers.heartbeats()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void afterStopNothingIsPlannedAndStartingAgainIsAllowed() {
        EngineDriver driver = new EngineDriver(engine(ALWAYS_TYPING, BreakSettings.DEFAULTS), Duration.ofSeconds(5),
                triggers);
        driver.start();
        triggers.runFor(Duration.ZERO);

        driver.stop();
        driver.wake();

        assertThat(triggers.planned()).isEmpty();
        driver.start();
        assertThatThrownBy(driver::start).isInstanceOf(IllegalStateException.class);
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
        BreakEngine engine = engine(ALWAYS_TYPING, BreakSettings.DEFAULTS);

        assertThatThrownBy(() -> new EngineDriver(engine, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least");
    }

    private BreakEngine engine(IdleSource idle, BreakSettings settings) {
        BreakEngine engine = new BreakEngine(time, time, idle, settings, SUGGESTIONS);
        engine.addListener(events::add);
        return engine;
    }

    private long secondsIn(EngineEvent event) {
        return Duration.between(start, event.at()).toSeconds();
    }

    private static IdleSource counting(AtomicInteger ticks) {
        return () -> {
            ticks.incrementAndGet();
            return Optional.of(Duration.ZERO);
        };
    }

    /** Only micro-breaks, at the given rhythm. */
    private static BreakSettings microBreaks(Duration every, Duration lasting, Duration lead) {
        BreakSettings s = BreakSettings.DEFAULTS.withWarningLead(lead);
        for (BreakKind kind : BreakKind.values()) {
            s = s.withRule(kind, s.rule(kind).withEnabled(kind == BreakKind.MICRO));
        }
        return s.withRule(BreakKind.MICRO, s.rule(BreakKind.MICRO).withInterval(every).withDuration(lasting));
    }
}
