package io.unknot.history;

import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PastDrivesTest {

    @TempDir
    Path dataDir;

    private final FakeTime now = FakeTime.at("2025-06-18T20:00", "Europe/Berlin");
    private final HistoryBuilder local = HistoryBuilder.in("Europe/Berlin");

    @Test
    void aLoggedDriveIsStoredAndCountsIntoThatDaysDrivingAndSitting() throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, now)) {
            local.desk("2025-06-17T09:00", 60).writeTo(store);

            assertThat(PastDrives.log(store, local.at("2025-06-17T18:00"), Duration.ofMinutes(75))).isEmpty();

            DayFigures day = Statistics.load(store, now, 2).day(LocalDate.parse("2025-06-17"));
            assertThat(day.driving()).isEqualTo(Duration.ofMinutes(75));
            assertThat(day.sitting()).isEqualTo(Duration.ofMinutes(135));
            assertThat(store.readAll()).last().satisfies(r -> assertThat(r.type()).isEqualTo(RecordType.PAST_DRIVE));
        }
    }

    @Test
    void aDriveOverRecordedDeskTimeOrAnotherLoggedDriveIsRefused() throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, now)) {
            local.desk("2025-06-17T09:00", 60).pastDrive("2025-06-16T23:00", 120).writeTo(store);
            int before = store.readAll().size();

            assertThat(PastDrives.log(store, local.at("2025-06-17T09:45"), Duration.ofMinutes(30)))
                    .contains(new PastDrives.Overlap(local.at("2025-06-17T09:45"), local.at("2025-06-17T10:00")));
            // The drive logged the evening before reaches until 01:00.
            assertThat(PastDrives.log(store, local.at("2025-06-17T00:30"), Duration.ofMinutes(60)))
                    .contains(new PastDrives.Overlap(local.at("2025-06-16T23:00"), local.at("2025-06-17T01:00")));
            // Touching is not overlapping.
            assertThat(PastDrives.log(store, local.at("2025-06-17T10:00"), Duration.ofMinutes(30))).isEmpty();
            assertThat(store.readAll()).hasSize(before + 1);
        }
    }

    @Test
    void aDriveMustLastBetweenAMinuteAndADay() {
        assertThatThrownBy(() -> HistoryRecord.pastDrive(local.at("2025-06-17T09:00"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HistoryRecord.pastDrive(local.at("2025-06-17T09:00"), Duration.ofHours(25)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
