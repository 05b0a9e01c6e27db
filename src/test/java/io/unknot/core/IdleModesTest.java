package io.unknot.core;

import org.junit.jupiter.api.Test;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** Fixed-interval mode and platforms without idle detection: time runs whatever the keyboard says. */
class IdleModesTest {

    @Test
    void inFixedIntervalModeReadingWithoutTouchingTheKeyboardStillCounts() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH)
                .settings(s -> s.withFixedInterval(true)).start()
                .active(ofMinutes(1)).away(ofMinutes(30));

        assertThat(day.breaks()).containsExactly("09:10:00 micro", "09:20:20 micro", "09:30:40 micro");
        assertThat(day.events(EngineEvent.BreakTakenNaturally.class)).isEmpty();
        assertThat(day.events(EngineEvent.StateChanged.class)).noneMatch(s -> s.to() == EngineState.IDLE);
        assertThat(day.status().idleDetection()).isTrue();
    }

    @Test
    void withoutIdleDetectionAllTimeIsActive() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).idleUnavailable().start()
                .away(ofMinutes(21));

        assertThat(day.breaks()).containsExactly("09:10:00 micro", "09:20:20 micro");
        assertThat(day.status().idleDetection()).isFalse();
        assertThat(day.status().deskToday()).isEqualTo(ofMinutes(21).minusSeconds(40));
    }

    @Test
    void aSuspendCountsAsAwayEvenInFixedIntervalMode() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO, STRETCH)
                .settings(s -> s.withFixedInterval(true)).start()
                .active(ofMinutes(5)).suspend(ofHours(1)).active(ofMinutes(11));

        assertThat(day.timeline(e -> e instanceof EngineEvent.BreakDue
                || e instanceof EngineEvent.BreakTakenNaturally)).containsExactly(
                "10:05:00 natural micro", "10:05:00 natural stretch", "10:15:00 micro");
    }

    @Test
    void anIdleSourceThatFailsCountsAsUnavailable() {
        FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
        BreakEngine engine = new BreakEngine(time, time, () -> {
            throw new IllegalStateException("X server went away");
        }, BreakSettings.DEFAULTS, new FakeSuggestions());

        time.advance(ofMinutes(1));
        engine.tick();

        assertThat(engine.status().idleDetection()).isFalse();
        assertThat(engine.status().deskToday()).isEqualTo(ofMinutes(1));
    }
}
