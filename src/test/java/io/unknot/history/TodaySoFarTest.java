package io.unknot.history;

import io.unknot.core.BreakKind;
import io.unknot.core.EarlierToday;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

/** Today's figures rebuilt from the journal, the way a restarted Unknot finds them. */
class TodaySoFarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final HistoryBuilder history = HistoryBuilder.in("Europe/Berlin");

    @Test
    void aRestartFindsTodaysDeskDrivingAndTheStretchStillGoingOn(@TempDir Path dataDir) throws Exception {
        FakeTime clock = FakeTime.at("2025-06-16T11:05", "Europe/Berlin");
        history.desk("2025-06-15T20:00", 60) // yesterday: not today's
                .desk("2025-06-16T09:00", 60)
                .done("2025-06-16T10:00", BreakKind.STRETCH, "neck-roll")
                .desk("2025-06-16T10:00", 30)
                .done("2025-06-16T10:30", BreakKind.MICRO, "look-away") // in the chair: the stretch goes on
                .driving("2025-06-16T10:30", 20)
                .desk("2025-06-16T10:50", 14)
                .pastDrive("2025-06-16T06:00", 45);
        try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
            history.writeTo(store);
            // the minute that was open at the crash (11:04) was never written

            EarlierToday today = TodaySoFar.read(store, clock.instant());

            assertThat(today.day()).isEqualTo(LocalDate.parse("2025-06-16"));
            assertThat(today.desk()).isEqualTo(ofMinutes(60 + 30 + 14));
            assertThat(today.driving()).isEqualTo(ofMinutes(20 + 45));
            assertThat(today.sittingSinceBreak()).isEqualTo(ofMinutes(30 + 20 + 14));
            assertThat(today.limitReported()).isFalse();
        }
    }

    @Test
    void aLongGapSinceTheLastSittingEndsTheStretch() {
        history.desk("2025-06-16T09:00", 50);

        EarlierToday today = TodaySoFar.of(history.records(), BERLIN, history.at("2025-06-16T10:00"));

        assertThat(today.desk()).isEqualTo(ofMinutes(50));
        assertThat(today.sittingSinceBreak()).isZero();
    }

    @Test
    void theDailyLimitAnnouncedTodayIsRemembered() {
        history.desk("2025-06-16T09:00", 10);
        var records = new java.util.ArrayList<>(history.records());
        records.add(HistoryRecord.plain(RecordType.DAILY_LIMIT_REACHED, history.at("2025-06-16T09:10"),
                ofMinutes(10), Optional.empty()));

        EarlierToday today = TodaySoFar.of(records, BERLIN, history.at("2025-06-16T09:12"));

        assertThat(today.limitReported()).isTrue();
        assertThat(today.sittingSinceBreak()).isEqualTo(Duration.ofMinutes(10));
    }
}
