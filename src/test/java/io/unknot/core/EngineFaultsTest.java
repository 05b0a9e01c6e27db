package io.unknot.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** The core has no log: what it survives goes to the FaultListener the app wires to its log. */
class EngineFaultsTest {

    private record Fault(String what, RuntimeException cause) {}

    private final FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
    private final List<Fault> faults = new ArrayList<>();

    @Test
    void aFailingIdleSourceIsReportedAndTheMomentCountsAsActive() {
        IllegalStateException gone = new IllegalStateException("X server went away");
        BreakEngine engine = engine(() -> {
            throw gone;
        });

        time.advance(ofMinutes(1));
        engine.tick();

        assertThat(faults).singleElement().satisfies(f -> {
            assertThat(f.what()).isEqualTo("Idle source failed; counting this moment as active");
            assertThat(f.cause()).isSameAs(gone);
        });
        assertThat(engine.status().deskToday()).isEqualTo(ofMinutes(1));
    }

    @Test
    void aFailingListenerIsReportedWithItsEventAndTheOthersStillHearIt() {
        BreakEngine engine = engine(() -> Optional.of(Duration.ZERO));
        IllegalStateException broken = new IllegalStateException("view closed");
        EngineListener failing = event -> {
            throw broken;
        };
        List<EngineEvent> heard = new ArrayList<>();
        engine.addListener(failing);
        engine.addListener(heard::add);

        engine.takeBreakNow(BreakKind.MICRO);

        EngineEvent.BreakDue due = heard.stream().filter(EngineEvent.BreakDue.class::isInstance)
                .map(EngineEvent.BreakDue.class::cast).findFirst().orElseThrow();
        assertThat(faults).extracting(Fault::cause).containsOnly(broken);
        assertThat(faults).extracting(Fault::what).contains("Listener " + failing + " failed on " + due);
        assertThat(faults).hasSameSizeAs(heard);
    }

    @Test
    void withoutAFaultListenerAFailureIsStillSurvived() {
        BreakEngine engine = new BreakEngine(time, time, () -> {
            throw new IllegalStateException("no display");
        }, BreakSettings.DEFAULTS, new FakeSuggestions());
        engine.addListener(event -> {
            throw new IllegalStateException("view closed");
        });

        time.advance(ofMinutes(1));
        engine.tick();

        assertThat(engine.takeBreakNow(BreakKind.MICRO)).isTrue();
        assertThat(engine.status().idleDetection()).isFalse();
    }

    private BreakEngine engine(IdleSource idle) {
        BreakEngine engine = new BreakEngine(time, time, idle, BreakSettings.DEFAULTS, new FakeSuggestions());
        engine.setFaultListener((what, cause) -> faults.add(new Fault(what, cause)));
        return engine;
    }
}
