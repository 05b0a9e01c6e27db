package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** The idle-sample rules, one sample at a time (engine time in seconds from zero). */
class ActivityTrackerTest {

    private static final Duration THRESHOLD = ofSeconds(10);

    private final ActivityTracker tracker = new ActivityTracker(Duration.ZERO);
    private Duration now = Duration.ZERO;

    @Test
    void inputLessThanTheThresholdApartIsActiveAndTheTailStaysPending() {
        ActivityTracker.Observation seen = sample(5, 0);
        assertThat(seen.active()).containsExactly(span(0, 5));

        seen = sample(5, 4); // last input at 6 s
        assertThat(seen.active()).containsExactly(span(5, 6));
        assertThat(tracker.pending(now)).isEqualTo(ofSeconds(4));
        assertThat(tracker.idle()).isFalse();
    }

    @Test
    void reachingTheThresholdMakesTheWholeQuietTailIdle() {
        sample(5, 0);
        ActivityTracker.Observation seen = sample(10, 10);

        assertThat(seen.active()).isEmpty();
        assertThat(tracker.idle()).isTrue();
        assertThat(tracker.pending(now)).isZero();
        assertThat(seen.stretch()).hasValueSatisfying(s -> assertThat(s.length()).isEqualTo(ofSeconds(10)));
    }

    @Test
    void aStretchThatFellBetweenTwoSamplesIsStillSeen() {
        sample(5, 0);
        ActivityTracker.Observation seen = sample(30, 2); // quiet from 5 s to 33 s

        assertThat(seen.active()).isEmpty();
        assertThat(seen.stretch()).hasValueSatisfying(s -> assertThat(s.length()).isEqualTo(ofSeconds(28)));
        seen = sample(2, 0); // input went on: the user is back since 33 s
        assertThat(tracker.idle()).isFalse();
        assertThat(seen.active()).containsExactly(span(33, 37));
    }

    @Test
    void aSingleBlipAfterAnIdleStretchIsNoise() {
        sample(5, 0);
        sample(60, 60);
        long stretch = sample(1, 0).stretch().orElseThrow().id(); // a bump of the mouse at 66 s
        sample(5, 5);
        ActivityTracker.Observation seen = sample(5, 10);

        assertThat(tracker.idle()).isTrue();
        assertThat(seen.active()).isEmpty();
        assertThat(seen.stretch()).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(stretch);
            assertThat(s.length()).isEqualTo(ofSeconds(71)); // unbroken since 5 s
        });
    }

    @Test
    void inputShorterThanTheConfirmationKeepsTheUserAway() {
        sample(5, 0);
        sample(60, 60);
        sample(1, 0);
        sample(Duration.ofMillis(500), Duration.ZERO);

        assertThat(tracker.idle()).isTrue();
    }

    @Test
    void aSuspendIsAnIdleStretchAndInputDatedInsideItIsIgnored() {
        sample(5, 0);
        TimeBase.Step step = new TimeBase.Step(ofSeconds(1), Duration.ofHours(1), now.plusHours(1).plusSeconds(1),
                Instant.EPOCH);
        now = step.end();
        // The platform claims input 30 min ago, in the middle of the sleep.
        ActivityTracker.Observation seen = tracker.observe(step, Optional.of(Duration.ofMinutes(30)), true, THRESHOLD);

        assertThat(tracker.idle()).isTrue();
        assertThat(seen.stretch()).hasValueSatisfying(s -> assertThat(s.length()).isEqualTo(
                Duration.ofHours(1).plusSeconds(1)));
    }

    @Test
    void withoutIdleCountingEveryRunningMomentIsActive() {
        TimeBase.Step step = new TimeBase.Step(ofSeconds(30), Duration.ZERO, ofSeconds(30), Instant.EPOCH);

        ActivityTracker.Observation seen = tracker.observe(step, Optional.of(ofSeconds(30)), false, THRESHOLD);

        assertThat(seen.active()).containsExactly(span(0, 30));
        assertThat(tracker.idle()).isFalse();
    }

    private ActivityTracker.Observation sample(long advanceSeconds, long idleSeconds) {
        return sample(ofSeconds(advanceSeconds), ofSeconds(idleSeconds));
    }

    private ActivityTracker.Observation sample(Duration advance, Duration idle) {
        now = now.plus(advance);
        TimeBase.Step step = new TimeBase.Step(advance, Duration.ZERO, now, Instant.EPOCH);
        return tracker.observe(step, Optional.of(idle), true, THRESHOLD);
    }

    private static ActivityTracker.Span span(long from, long to) {
        return new ActivityTracker.Span(ofSeconds(from), ofSeconds(to));
    }
}
