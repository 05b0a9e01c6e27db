package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineEvent;
import io.unknot.core.EngineState;
import io.unknot.core.FakeTime;
import io.unknot.core.suggest.SuggestionNeed;
import io.unknot.core.suggest.BodyArea;
import io.unknot.core.suggest.Category;
import io.unknot.core.suggest.Routine;
import io.unknot.core.suggest.Suggestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class HistoryRecorderTest {

    @TempDir
    Path dataDir;

    private final FakeTime time = FakeTime.at("2025-06-16T09:00", "Europe/Berlin");
    private final HistoryBuilder local = HistoryBuilder.in("Europe/Berlin");
    private HistoryStore store;
    private HistoryRecorder recorder;

    @BeforeEach
    void open() throws IOException {
        store = HistoryStore.open(dataDir, time);
        recorder = new HistoryRecorder(store);
    }

    @AfterEach
    void close() throws IOException {
        recorder.close();
        store.close();
    }

    @Test
    void spansOfAMinuteAddUpToOneRowPerMinuteAndActivity() throws Exception {
        Instant nine = local.at("2025-06-16T09:00");
        // Ten-second heartbeats; each span's moment is its end, so the one ending at 09:01:00 belongs to 09:00.
        for (int s = 10; s <= 90; s += 10) {
            recorder.onEvent(new EngineEvent.TimeAccrued(nine.plusSeconds(s), Activity.DESK, Duration.ofSeconds(10)));
        }
        recorder.onEvent(new EngineEvent.TimeAccrued(nine.plusSeconds(100), Activity.DRIVING, Duration.ofSeconds(10)));
        recorder.onEvent(new EngineEvent.StateChanged(nine.plusSeconds(100), EngineState.DRIVING, EngineState.IDLE));
        recorder.drain();

        // Read back in time order: the driving span started at 09:01:30, in the minute of 09:01.
        assertThat(store.readAll()).extracting(HistoryRecord::at, HistoryRecord::activity, HistoryRecord::length)
                .containsExactly(
                        tuple(nine, Optional.of(Activity.DESK), Duration.ofSeconds(60)),
                        tuple(nine.plusSeconds(60), Optional.of(Activity.DESK), Duration.ofSeconds(30)),
                        tuple(nine.plusSeconds(60), Optional.of(Activity.DRIVING), Duration.ofSeconds(10)));
    }

    @Test
    void closingWritesTheMinuteStillOpen() throws Exception {
        Instant nine = local.at("2025-06-16T09:00");
        recorder.onEvent(new EngineEvent.TimeAccrued(nine.plusSeconds(20), Activity.DESK, Duration.ofSeconds(20)));
        recorder.drain();
        assertThat(store.readAll()).isEmpty();

        recorder.close();

        assertThat(store.readAll()).singleElement().extracting(HistoryRecord::length).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aMinuteLeftOpenWhenTheEngineFallsSilentIsWrittenAfterTheLateFlushDelay() throws Exception {
        try (HistoryRecorder quick = new HistoryRecorder(store, Duration.ofMillis(50))) {
            Instant nine = local.at("2025-06-16T09:00");
            quick.onEvent(new EngineEvent.TimeAccrued(nine.plusSeconds(40), Activity.DESK, Duration.ofSeconds(40)));
            eventually("the open minute to be written", Duration.ofSeconds(10), () -> !store.readAll().isEmpty());
            assertThat(store.readAll()).singleElement().extracting(HistoryRecord::length)
                    .isEqualTo(Duration.ofSeconds(40));
        }
    }

    @Test
    void everyBreakEventIsRecordedWithItsKindLengthAndSuggestion() throws Exception {
        Instant t = local.at("2025-06-16T10:00");
        Suggestion neck = suggestion("neck-roll");
        Suggestion walk = suggestion("walk-around");
        List<EngineEvent> events = List.of(
                new EngineEvent.BreakWarning(t, BreakKind.STRETCH, Duration.ofSeconds(30)),
                new EngineEvent.BreakDue(t.plusSeconds(30), BreakKind.STRETCH, neck, Duration.ofMinutes(5), false, 2),
                new EngineEvent.BreakShown(t.plusSeconds(31), BreakKind.STRETCH),
                new EngineEvent.BreakPostponed(t.plusSeconds(40), BreakKind.STRETCH, Duration.ofMinutes(10), 1),
                new EngineEvent.BreakCompleted(t.plusSeconds(900), BreakKind.STRETCH, neck),
                new EngineEvent.BreakSkipped(t.plusSeconds(1000), BreakKind.MICRO),
                new EngineEvent.BreakTakenNaturally(t.plusSeconds(2000), BreakKind.MOVEMENT, Duration.ofMinutes(7)),
                new EngineEvent.DriveStarted(t.plusSeconds(3000)),
                new EngineEvent.DriveEnded(t.plusSeconds(6000), Duration.ofMinutes(50), walk),
                new EngineEvent.DailyLimitReached(t.plusSeconds(7000), Duration.ofHours(8), walk));
        events.forEach(recorder::onEvent);
        recorder.drain();

        assertThat(store.readAll())
                .extracting(HistoryRecord::type, HistoryRecord::kind, HistoryRecord::length, HistoryRecord::suggestion)
                .containsExactly(
                        tuple(RecordType.BREAK_DUE, Optional.of(BreakKind.STRETCH), Duration.ofMinutes(5),
                                Optional.of("neck-roll")),
                        tuple(RecordType.BREAK_SHOWN, Optional.of(BreakKind.STRETCH), Duration.ZERO, Optional.empty()),
                        tuple(RecordType.BREAK_POSTPONED, Optional.of(BreakKind.STRETCH), Duration.ofMinutes(10),
                                Optional.empty()),
                        tuple(RecordType.BREAK_DONE, Optional.of(BreakKind.STRETCH), Duration.ZERO,
                                Optional.of("neck-roll")),
                        tuple(RecordType.BREAK_SKIPPED, Optional.of(BreakKind.MICRO), Duration.ZERO, Optional.empty()),
                        tuple(RecordType.BREAK_TAKEN_NATURALLY, Optional.of(BreakKind.MOVEMENT), Duration.ofMinutes(7),
                                Optional.empty()),
                        tuple(RecordType.DRIVE_STARTED, Optional.empty(), Duration.ZERO, Optional.empty()),
                        tuple(RecordType.DRIVE_ENDED, Optional.empty(), Duration.ofMinutes(50),
                                Optional.of("walk-around")),
                        tuple(RecordType.DAILY_LIMIT_REACHED, Optional.empty(), Duration.ofHours(8),
                                Optional.of("walk-around")));
    }

    @Test
    void anEscalatedBreakAndAnIgnoredOneAreRecordedAsSuch() throws Exception {
        Instant t = local.at("2025-06-16T10:00");
        Suggestion neck = suggestion("neck-roll");
        Routine routine = Routine.single(neck, Duration.ofMinutes(3));
        List<EngineEvent> events = List.of(
                new EngineEvent.BreakEscalated(t, BreakKind.STRETCH, 3),
                new EngineEvent.BreakDue(t, BreakKind.STRETCH, neck, Duration.ofMinutes(3), false, 3, routine, 3,
                        true),
                new EngineEvent.BreakCompleted(t.plusSeconds(180), BreakKind.STRETCH, neck, true));
        events.forEach(recorder::onEvent);
        recorder.drain();

        assertThat(store.readAll()).extracting(HistoryRecord::type, HistoryRecord::kind, HistoryRecord::suggestion)
                .containsExactly(
                        tuple(RecordType.BREAK_ESCALATED, Optional.of(BreakKind.STRETCH), Optional.empty()),
                        tuple(RecordType.BREAK_DUE, Optional.of(BreakKind.STRETCH), Optional.of("neck-roll")),
                        tuple(RecordType.BREAK_IGNORED, Optional.of(BreakKind.STRETCH), Optional.of("neck-roll")));
    }

    @Test
    void theEngineThreadNeverWaitsForTheDisk() throws Exception {
        Instant t = local.at("2025-06-16T10:00");
        // While something else holds the store (as a long read would), events still go in at once.
        synchronized (store) {
            for (int i = 0; i < 1000; i++) {
                recorder.onEvent(new EngineEvent.BreakShown(t.plusSeconds(i), BreakKind.MICRO));
            }
        }
        recorder.drain();
        assertThat(store.readAll()).hasSize(1000);
    }

    private static Suggestion suggestion(String id) {
        return new Suggestion(id, id, List.of("step"), Duration.ofMinutes(1), BodyArea.NECK, Category.STRETCH,
                Set.of(SuggestionNeed.STRETCH), id + ".svg", Optional.empty());
    }
}
