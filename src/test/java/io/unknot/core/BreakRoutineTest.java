package io.unknot.core;

import io.unknot.catalog.CatalogFiles;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.FocusArea;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.SuggestionCatalog;
import io.unknot.core.suggest.SuggestionPicker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import static io.unknot.core.BreakKind.MICRO;
import static io.unknot.core.BreakKind.STRETCH;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

/** A break walks the user through its routine on the engine's clock; Next skips a move, Done ends the break. */
class BreakRoutineTest {

    @Test
    void movesAdvanceOnTheirOwnAtTheirLengthsAndTheStatusNamesTheOneOnScreen() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH).movesPerBreak(3)
                .heartbeat(ofSeconds(7)).start()
                .takeBreakNow(STRETCH).away(ofSeconds(30));

        EngineStatus.CurrentBreak current = day.status().currentBreak().orElseThrow();
        assertThat(current.routine().size()).isEqualTo(3);
        assertThat(current.step()).isZero();
        assertThat(current.stepRemaining()).isEqualTo(ofSeconds(30));
        assertThat(current.suggestion()).isEqualTo(current.routine().move(0).suggestion());

        day.away(ofSeconds(45));
        current = day.status().currentBreak().orElseThrow();
        assertThat(current.step()).isEqualTo(1);
        assertThat(current.suggestion()).isEqualTo(current.routine().move(1).suggestion());
        assertThat(current.stepRemaining()).isEqualTo(ofSeconds(45));

        day.away(ofMinutes(2));
        // The engine wakes for each change, though the heartbeat is 7 s: each move is announced on the second.
        assertThat(day.timeline()).containsExactly("09:00:00 stretch", "09:01:00 move 1 stretch-2",
                "09:02:00 move 2 stretch-3", "09:03:00 done stretch");
    }

    @Test
    void nextCutsTheMoveShortAndTheLastMoveLastsUntilTheBreakEnds() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH).movesPerBreak(3).start()
                .takeBreakNow(STRETCH).away(ofSeconds(10)).nextMove().away(ofSeconds(10)).nextMove();

        EngineStatus.CurrentBreak current = day.status().currentBreak().orElseThrow();
        assertThat(current.step()).isEqualTo(2);
        assertThat(current.stepRemaining()).isEqualTo(ofSeconds(160));
        assertThat(current.remaining()).isEqualTo(ofSeconds(160));

        day.nextMove().away(ofSeconds(160));
        assertThat(day.refusals()).containsExactly("09:00:20 next move refused");
        assertThat(day.timeline()).containsExactly("09:00:00 stretch", "09:00:10 move 1 stretch-2",
                "09:00:20 move 2 stretch-3", "09:03:00 done stretch");
    }

    @Test
    void movesAfterASkippedOneFollowAtTheirOwnLengthsFromTheSkip() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH).movesPerBreak(4).start()
                .takeBreakNow(STRETCH).away(ofSeconds(5)).nextMove().away(ofMinutes(3));

        assertThat(day.timeline()).containsExactly("09:00:00 stretch", "09:00:05 move 1 stretch-2",
                "09:00:50 move 2 stretch-3", "09:01:35 move 3 stretch-4", "09:03:00 done stretch");
    }

    @Test
    void doneEndsTheWholeBreakOnAnyMove() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(STRETCH).movesPerBreak(3).start()
                .takeBreakNow(STRETCH).away(ofSeconds(70));
        day.engine().completeBreak();

        assertThat(day.timeline()).containsExactly("09:00:00 stretch", "09:01:00 move 1 stretch-2",
                "09:01:10 done stretch");
        assertThat(day.status().currentBreak()).isEmpty();
        assertThat(day.engine().nextMove()).isFalse();
    }

    @Test
    void aSingleMoveRoutineFillsTheBreakAndNeverChanges() {
        Scenario day = Scenario.startingAt("2026-03-02T09:00").only(MICRO).start().active(ofMinutes(10))
                .away(ofSeconds(10));

        EngineStatus.CurrentBreak current = day.status().currentBreak().orElseThrow();
        assertThat(current.routine().size()).isEqualTo(1);
        assertThat(current.routine().total()).isEqualTo(ofSeconds(20));
        assertThat(current.stepRemaining()).isEqualTo(current.remaining());
    }

    @Test
    void withTheRealPickerEachKindOfBreakShowsEveryMoveOfARoutineThatFillsIt() {
        FakeTime time = FakeTime.at("2026-03-02T09:00", Scenario.ZONE);
        SuggestionPicker picker = new SuggestionPicker(CatalogFiles.load(Locale.ENGLISH, Optional.empty()),
                () -> EnumSet.allOf(Category.class), () -> FocusArea.NONE, new Random(11), time.getZone());
        BreakEngine engine = new BreakEngine(time, time, () -> Optional.of(Duration.ofMinutes(1)),
                BreakSettings.DEFAULTS, picker);
        List<EngineEvent> events = new ArrayList<>();
        engine.addListener(events::add);

        for (BreakKind kind : BreakKind.values()) {
            events.clear();
            engine.takeBreakNow(kind);
            Duration length = BreakSettings.DEFAULTS.rule(kind).duration();
            Routine routine = engine.status().currentBreak().orElseThrow().routine();
            List<Integer> shown = new ArrayList<>(List.of(engine.status().currentBreak().orElseThrow().step()));
            while (engine.status().breakShowing()) {
                Instant wake = engine.nextWakeUp().orElseThrow();
                time.advance(Duration.between(time.instant(), wake));
                engine.tick();
                engine.status().currentBreak().ifPresent(c -> shown.add(c.step()));
            }

            assertThat(routine.fills(length)).as("%s: %s", kind, routine.total()).isTrue();
            assertThat(shown.stream().distinct().toList()).as("%s", kind)
                    .isEqualTo(IntStream.range(0, routine.size()).boxed().toList());
            assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakStepChanged).as("%s", kind)
                    .hasSize(routine.size() - 1);
            Instant due = events.stream().filter(e -> e instanceof EngineEvent.BreakDue).findFirst().orElseThrow().at();
            assertThat(events).filteredOn(e -> e instanceof EngineEvent.BreakCompleted).singleElement()
                    .satisfies(e -> assertThat(e.at()).isEqualTo(due.plus(length)));
        }
    }
}
