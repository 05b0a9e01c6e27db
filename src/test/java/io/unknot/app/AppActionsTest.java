package io.unknot.app;

import io.unknot.core.BreakEngine;
import io.unknot.core.BreakSettings;
import io.unknot.core.FakeTime;
import io.unknot.history.HistoryKeeper;
import io.unknot.history.HistoryRecord;
import io.unknot.history.PastDrives;
import io.unknot.history.RecordType;
import io.unknot.i18n.Language;
import io.unknot.settings.TestPrefs;
import io.unknot.ui.settings.AboutInfo;
import io.unknot.ui.theme.Appearance;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** "Log a past drive" goes through the app's command path: stored in the real history and counted by the engine. */
class AppActionsTest {

    @TempDir
    Path dir;
    private final FakeTime time = FakeTime.at("2026-03-02T15:00", "Europe/Berlin");
    private final AtomicInteger wakeUps = new AtomicInteger();
    private TestPrefs prefs;
    private HistoryKeeper history;
    private BreakEngine engine;
    private AppActions actions;

    @BeforeEach
    void wire() {
        prefs = TestPrefs.create();
        history = HistoryKeeper.open(dir, time);
        engine = new BreakEngine(time, time, () -> Optional.of(Duration.ZERO), BreakSettings.DEFAULTS,
                (need, now) -> {
                    throw new AssertionError("no break is due in these tests");
                });
        AppWindows windows = new AppWindows(prefs.open(), new Appearance(), new Language(Locale.ENGLISH),
                new AboutInfo("test", dir.resolve("log"), dir), history, time,
                (start, length) -> actions.logPastDrive(start, length));
        actions = new AppActions(engine, wakeUps::incrementAndGet, windows, () -> { }, () -> { }, "test", history);
    }

    @AfterEach
    void close() throws Exception {
        history.close();
        prefs.close();
    }

    @Test
    void aLoggedDriveIsStoredAndCountsIntoToday() throws Exception {
        Instant nineOClock = Instant.parse("2026-03-02T08:00:00Z");

        Optional<PastDrives.Overlap> overlap = actions.logPastDrive(nineOClock, Duration.ofMinutes(45));

        assertThat(overlap).isEmpty();
        assertThat(history.store().orElseThrow().readAll()).extracting(HistoryRecord::type)
                .containsExactly(RecordType.PAST_DRIVE);
        assertThat(engine.status().drivingToday()).isEqualTo(Duration.ofMinutes(45));
        assertThat(wakeUps).hasPositiveValue();
    }

    @Test
    void anOverlappingDriveIsNeitherStoredNorCounted() throws Exception {
        Instant nineOClock = Instant.parse("2026-03-02T08:00:00Z");
        actions.logPastDrive(nineOClock, Duration.ofMinutes(45));

        Optional<PastDrives.Overlap> overlap = actions.logPastDrive(nineOClock.plus(Duration.ofMinutes(30)),
                Duration.ofMinutes(30));

        assertThat(overlap).contains(new PastDrives.Overlap(nineOClock, nineOClock.plus(Duration.ofMinutes(45))));
        assertThat(history.store().orElseThrow().readAll()).hasSize(1);
        assertThat(engine.status().drivingToday()).isEqualTo(Duration.ofMinutes(45));
    }
}
