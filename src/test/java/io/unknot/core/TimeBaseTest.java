package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

class TimeBaseTest {

    private final FakeTime time = FakeTime.at("2026-03-02T09:00", "Europe/Berlin");
    private final TimeBase base = new TimeBase(time, time);

    @Test
    void runningTimeComesFromTheTicker() {
        time.advance(ofSeconds(5));

        TimeBase.Step step = base.advance();

        assertThat(step.running()).isEqualTo(ofSeconds(5));
        assertThat(step.suspended()).isZero();
        assertThat(step.end()).isEqualTo(ofSeconds(5));
    }

    @Test
    void aWallClockFarAheadOfTheTickerIsASuspendPlacedBeforeTheRunningPart() {
        time.suspend(ofHours(8));
        time.advance(ofSeconds(2));

        TimeBase.Step step = base.advance();

        assertThat(step.suspended()).isEqualTo(ofHours(8));
        assertThat(step.running()).isEqualTo(ofSeconds(2));
        assertThat(step.resumedAt()).isEqualTo(ofHours(8));
        assertThat(step.start()).isZero();
    }

    @Test
    void smallDriftAndBackwardJumpsOfTheWallClockAreIgnored() {
        time.setWall(time.instant().plus(TimeBase.SUSPEND_TOLERANCE));
        time.advance(ofSeconds(1));
        assertThat(base.advance().suspended()).isZero();

        time.setWall(time.instant().minus(ofHours(1)));
        time.advance(ofSeconds(1));
        TimeBase.Step step = base.advance();
        assertThat(step.suspended()).isZero();
        assertThat(step.running()).isEqualTo(ofSeconds(1));
        assertThat(base.now()).isEqualTo(ofSeconds(2));
    }

    @Test
    void engineTimeMapsBackToTheWallClockOfTheLastStep() {
        time.advance(ofSeconds(90));
        base.advance();

        assertThat(base.wallAt(ofSeconds(30))).isEqualTo(time.instant().minus(Duration.ofMinutes(1)));
    }
}
