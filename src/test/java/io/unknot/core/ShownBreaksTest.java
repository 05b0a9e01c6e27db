package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.unknot.core.BreakKind.MICRO;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * History tells the truth: a break is shown and done only when its window was on screen. A process stopped (or
 * starved) over the moment a break was due wakes to time away, not to a break raised for someone who is gone.
 */
class ShownBreaksTest {

    private static final Duration BEAT = Duration.ofSeconds(5);

    private final FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
    private final ScriptedIdle idle = new ScriptedIdle(time);
    private final BreakEngine engine = new BreakEngine(time, time, idle, BreakSettings.DEFAULTS.withWarningLead(
            Duration.ZERO), new FakeSuggestions());
    private final List<EngineEvent> events = new ArrayList<>();

    ShownBreaksTest() {
        engine.addListener(events::add);
    }

    @Test
    void aProcessStoppedJustAfterInputOverTheDueMomentWakesToTimeAwayNotToABreak() {
        typeFor(Duration.ofMinutes(9).plusSeconds(50)); // the micro break is due after 10 minutes
        time.advance(Duration.ofSeconds(1));
        idle.input(); // the last keystroke before the process stopped, after its last sample
        time.advance(Duration.ofMinutes(2)); // stopped (SIGSTOP): no sample, and nobody at the keyboard

        engine.tick();

        assertThat(events).noneMatch(e -> e instanceof EngineEvent.BreakDue || e instanceof EngineEvent.BreakShown
                || e instanceof EngineEvent.BreakCompleted);
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakTakenNaturally).singleElement()
                .satisfies(e -> assertThat(((EngineEvent.BreakTakenNaturally) e).kind()).isEqualTo(MICRO));
        assertThat(engine.status().deskToday()).as("the two minutes away are not sitting")
                .isLessThan(Duration.ofMinutes(10));
    }

    @Test
    void aBreakThatRanItsCourseBeforeItsWindowAppearedIsTimeAwayNotShownAndDone() {
        engine.takeBreakNow(MICRO);
        time.advance(Duration.ofSeconds(25)); // the window never came (the process was stopped); nobody typed

        engine.tick();

        assertThat(events).noneMatch(e -> e instanceof EngineEvent.BreakShown
                || e instanceof EngineEvent.BreakCompleted);
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakTakenNaturally).singleElement()
                .satisfies(e -> assertThat(((EngineEvent.BreakTakenNaturally) e).away())
                        .isEqualTo(Duration.ofSeconds(25)));
        assertThat(engine.status().breakShowing()).isFalse();
    }

    @Test
    void aBreakWhoseWindowWasOnScreenIsShownAndDone() {
        engine.takeBreakNow(MICRO);
        engine.breakShown();
        time.advance(Duration.ofSeconds(25));

        engine.tick();

        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakShown).hasSize(1);
        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakCompleted).singleElement()
                .satisfies(e -> assertThat(((EngineEvent.BreakCompleted) e).ignored()).isFalse());
        assertThat(events).noneMatch(e -> e instanceof EngineEvent.BreakTakenNaturally);
    }

    @Test
    void aBreakNeverShownWhileTheUserKeptTypingIsRecordedAsNotTaken() {
        engine.takeBreakNow(MICRO);
        for (int i = 0; i < 5; i++) {
            time.advance(BEAT);
            idle.input();
            engine.tick();
        }

        assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakCompleted).singleElement()
                .satisfies(e -> assertThat(((EngineEvent.BreakCompleted) e).ignored()).isTrue());
        assertThat(events).noneMatch(e -> e instanceof EngineEvent.BreakTakenNaturally
                || e instanceof EngineEvent.BreakShown);
    }

    /** Steady typing, sampled every {@link #BEAT} as the heartbeat does. */
    private void typeFor(Duration length) {
        for (Duration typed = Duration.ZERO; typed.compareTo(length) < 0; typed = typed.plus(BEAT)) {
            time.advance(BEAT);
            idle.input();
            engine.tick();
        }
    }
}
