package io.unknot.history;

import io.unknot.core.BreakKind;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.parse("2025-06-16");

    @TempDir
    Path dataDir;

    /**
     * Monday: desk 09:00-10:30, stretch done; 10:30-12:00 with a micro break at 11:00 (taken in the chair, so the
     * stretch goes on); lunch away 12:00-13:00; 13:00-16:00 with a postpone and a skip; taken naturally at 16:00;
     * a 40 minute drive home at 17:00; then a drive logged by hand from 23:30 for an hour.
     */
    private final HistoryBuilder monday = HistoryBuilder.in("Europe/Berlin")
            .desk("2025-06-16T09:00", 90)
            .done("2025-06-16T10:30", BreakKind.STRETCH, "neck-roll")
            .desk("2025-06-16T10:30", 90)
            .done("2025-06-16T11:00", BreakKind.MICRO, "look-away")
            .desk("2025-06-16T13:00", 180)
            .breakEvent(RecordType.BREAK_DUE, "2025-06-16T14:00", BreakKind.STRETCH)
            .breakEvent(RecordType.BREAK_POSTPONED, "2025-06-16T14:00", BreakKind.STRETCH)
            .breakEvent(RecordType.BREAK_SKIPPED, "2025-06-16T14:10", BreakKind.STRETCH)
            .breakEvent(RecordType.BREAK_TAKEN_NATURALLY, "2025-06-16T16:00", BreakKind.MOVEMENT)
            .driving("2025-06-16T17:00", 40)
            .done("2025-06-16T17:45", BreakKind.DRIVING, "neck-roll")
            .pastDrive("2025-06-16T23:30", 60);

    @Test
    void mondayFiguresFollowTheHandBuiltHistory() {
        Statistics stats = Statistics.of(monday.records(), BERLIN, MONDAY, MONDAY.plusDays(1));
        DayFigures day = stats.day(MONDAY);

        assertThat(day.desk()).isEqualTo(Duration.ofMinutes(90 + 90 + 180));
        assertThat(day.driving()).isEqualTo(Duration.ofMinutes(40 + 30));
        assertThat(day.sitting()).isEqualTo(Duration.ofMinutes(430));
        // 13:00-16:00 with the drive at 17:00 more than ten minutes later: three hours.
        assertThat(day.longestStretch()).isEqualTo(Duration.ofMinutes(180));
        assertThat(day.breaksDone()).isEqualTo(3);
        assertThat(day.breaksPostponed()).isEqualTo(1);
        assertThat(day.breaksSkipped()).isEqualTo(1);
        assertThat(day.breaksTakenNaturally()).isEqualTo(1);
        assertThat(day.shareDone()).hasValueCloseTo(0.75, within(1e-9));
        assertThat(day.suggestionsDone()).isEqualTo(Map.of("neck-roll", 2, "look-away", 1));
        assertThat(day.suggestionsDoneCount()).isEqualTo(3);

        DayFigures tuesday = stats.day(MONDAY.plusDays(1));
        assertThat(tuesday.driving()).isEqualTo(Duration.ofMinutes(30));
        assertThat(tuesday.longestStretch()).isEqualTo(Duration.ofMinutes(30));
        assertThat(tuesday.shareDone()).isEmpty();
    }

    @Test
    void anIgnoredBreakIsCountedAsIgnoredLowersTheShareDoneAndDoesNotEndAStretch() {
        HistoryBuilder h = HistoryBuilder.in("Europe/Berlin")
                .desk("2025-06-16T09:00", 45)
                .breakEvent(RecordType.BREAK_IGNORED, "2025-06-16T09:45", BreakKind.STRETCH)
                .desk("2025-06-16T09:48", 45)
                .breakEvent(RecordType.BREAK_ESCALATED, "2025-06-16T10:33", BreakKind.STRETCH)
                .done("2025-06-16T10:36", BreakKind.STRETCH, "neck-roll");
        DayFigures day = Statistics.of(h.records(), BERLIN, MONDAY, MONDAY).day(MONDAY);

        assertThat(day.breaksIgnored()).isEqualTo(1);
        assertThat(day.breaksDone()).isEqualTo(1);
        assertThat(day.shareDone()).hasValueCloseTo(0.5, within(1e-9));
        assertThat(day.longestStretch()).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void aMicroBreakDoesNotEndAStretchButAStretchBreakDoes() {
        HistoryBuilder h = HistoryBuilder.in("Europe/Berlin")
                .desk("2025-06-16T09:00", 50)
                .done("2025-06-16T09:20", BreakKind.MICRO, "look-away")
                .done("2025-06-16T09:50", BreakKind.STRETCH, "neck-roll")
                .desk("2025-06-16T09:55", 30);
        assertThat(Statistics.of(h.records(), BERLIN, MONDAY, MONDAY).day(MONDAY).longestStretch())
                .isEqualTo(Duration.ofMinutes(50));
    }

    @Test
    void shortGapsDoNotEndAStretchButTenMinutesWithoutSittingDo() {
        HistoryBuilder h = HistoryBuilder.in("Europe/Berlin")
                .desk("2025-06-16T09:00", 30)
                .desk("2025-06-16T09:39", 30) // nine minutes away: same stretch, 60 min
                .desk("2025-06-16T10:19", 40); // ten minutes away: a new one
        assertThat(Statistics.of(h.records(), BERLIN, MONDAY, MONDAY).day(MONDAY).longestStretch())
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aStretchThroughMidnightCountsOnEachDayForItsOwnPart() {
        HistoryBuilder h = HistoryBuilder.in("Europe/Berlin").desk("2025-06-16T23:00", 120);
        Statistics stats = Statistics.of(h.records(), BERLIN, MONDAY, MONDAY.plusDays(1));
        assertThat(stats.day(MONDAY).longestStretch()).isEqualTo(Duration.ofMinutes(60));
        assertThat(stats.day(MONDAY.plusDays(1)).longestStretch()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void loadReadsTheLastDaysFromTheStoreIncludingADriveLoggedTheNightBefore() throws IOException {
        FakeTime now = FakeTime.at("2025-06-22T20:00", "Europe/Berlin");
        try (HistoryStore store = HistoryStore.open(dataDir, now)) {
            monday.writeTo(store);
            HistoryBuilder.in("Europe/Berlin").desk("2025-06-22T08:00", 45).writeTo(store);

            Statistics week = Statistics.load(store, now, 7);

            assertThat(week.days()).extracting(DayFigures::date)
                    .containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3),
                            MONDAY.plusDays(4), MONDAY.plusDays(5), MONDAY.plusDays(6));
            assertThat(week.last().desk()).isEqualTo(Duration.ofMinutes(45));
            assertThat(week.day(MONDAY).sitting()).isEqualTo(Duration.ofMinutes(430));
            // Statistics starting on Tuesday still see the half of Monday night's drive that fell on Tuesday.
            Statistics sixDays = Statistics.load(store, now, 6);
            assertThat(sixDays.days().get(0).date()).isEqualTo(MONDAY.plusDays(1));
            assertThat(sixDays.days().get(0).driving()).isEqualTo(Duration.ofMinutes(30));
            assertThat(sixDays.lastDays(2)).extracting(DayFigures::date)
                    .containsExactly(MONDAY.plusDays(5), MONDAY.plusDays(6));
        }
    }
}
