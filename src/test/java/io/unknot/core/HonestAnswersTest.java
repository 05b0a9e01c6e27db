package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Each command says whether it changed anything, so the command line never claims what did not happen. */
class HonestAnswersTest {

    private final Scenario day = Scenario.startingAt("2026-03-07T14:00").start();
    private final BreakEngine engine = day.engine();

    @Test
    void aBreakAskedForWhileOneIsOnScreenChangesNothing() {
        assertThat(engine.takeBreakNow(BreakKind.STRETCH)).isTrue();

        assertThat(engine.takeBreakNow(BreakKind.MICRO)).isFalse();
        assertThat(engine.status().currentBreak().orElseThrow().kind()).isEqualTo(BreakKind.STRETCH);
    }

    @Test
    void resumeSaysWhetherAPauseEndedAlsoDuringABreak() {
        assertThat(engine.resume()).isFalse();
        engine.pauseIndefinitely();
        engine.takeBreakNow(BreakKind.STRETCH); // the state shows the break, not the pause

        assertThat(engine.resume()).isTrue();
        assertThat(engine.resume()).isFalse();
    }

    @Test
    void aDriveStartsAndEndsOnce() {
        assertThat(engine.endDrive()).isFalse();
        assertThat(engine.startDrive()).isTrue();
        day.active(Duration.ofMinutes(1));
        assertThat(engine.startDrive()).isFalse();
        assertThat(engine.endDrive()).isTrue();
        assertThat(engine.endDrive()).isFalse();
    }
}
