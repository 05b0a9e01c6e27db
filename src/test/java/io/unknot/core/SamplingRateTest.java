package io.unknot.core;

import io.unknot.scheduling.EngineDriver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine learns about activity only from idle-time samples, so how often it samples decides whether steady
 * typing looks steady. The heartbeat the app picks for an idle threshold must count a working hour exactly as
 * sampling every second does.
 */
class SamplingRateTest {

    @Test
    void theAppsHeartbeatCountsSteadyTypingLikeSecondBySecondSampling() {
        for (Duration threshold : List.of(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1))) {
            Scenario everySecond = hour(threshold, Duration.ofSeconds(1));
            Scenario app = hour(threshold, EngineDriver.heartbeatFor(threshold));

            assertThat(app.breaks()).as("breaks with a %s idle threshold", threshold)
                    .isNotEmpty().isEqualTo(everySecond.breaks());
            assertThat(app.status().deskToday()).as("desk time with a %s idle threshold", threshold)
                    .isEqualTo(everySecond.status().deskToday());
        }
    }

    @Test
    void aHeartbeatAsLongAsTheThresholdWouldMissTheTyping() {
        Scenario tooSlow = hour(Duration.ofSeconds(10), Duration.ofSeconds(10));

        assertThat(tooSlow.breaks()).isEmpty();
        assertThat(tooSlow.status().deskToday()).isZero();
    }

    private static Scenario hour(Duration threshold, Duration heartbeat) {
        return Scenario.startingAt("2026-03-02T09:00").settings(s -> s.withIdleThreshold(threshold))
                .heartbeat(heartbeat).start().activeUntil("10:00");
    }
}
