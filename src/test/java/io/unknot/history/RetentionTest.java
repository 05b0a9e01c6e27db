package io.unknot.history;

import io.unknot.core.BreakKind;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {

    @TempDir
    Path dataDir;

    private final FakeTime time = FakeTime.at("2025-06-20T12:00", "Europe/Berlin");

    private final HistoryBuilder threeMonths = HistoryBuilder.in("Europe/Berlin")
            .desk("2025-03-10T09:00", 30)
            .done("2025-03-10T09:30", BreakKind.STRETCH, "march")
            .desk("2025-04-05T09:00", 30)
            .desk("2025-04-21T23:50", 20)
            .pastDrive("2025-04-25T08:00", 45)
            .desk("2025-06-19T09:00", 30)
            .done("2025-06-19T09:30", BreakKind.MOVEMENT, "june");

    @Test
    void removesExactlyTheRecordsBeforeTheCutoff() throws IOException {
        Instant cutoff = threeMonths.at("2025-04-22T00:00");
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            List<HistoryRecord> all = threeMonths.writeTo(store);
            Files.writeString(dataDir.resolve("history/2025-03.journal.damaged-20250311T000000Z"), "old damage");

            int removed = store.removeBefore(cutoff);

            List<HistoryRecord> expected = all.stream().filter(r -> !r.at().isBefore(cutoff)).toList();
            assertThat(removed).isEqualTo(all.size() - expected.size());
            assertThat(store.readAll()).containsExactlyElementsOf(expected);
            assertThat(store.readAll()).first().satisfies(r -> assertThat(r.at()).isEqualTo(cutoff));
            // March went whole (with its damaged copy); April was rewritten; nothing temporary is left.
            assertThat(files()).containsExactlyInAnyOrder(".lock", "2025-04.journal", "2025-06.journal");

            HistoryRecord later = store.append(HistoryRecord.pastDrive(threeMonths.at("2025-04-28T07:00"),
                    Duration.ofMinutes(20)));
            assertThat(store.read(cutoff, threeMonths.at("2025-05-01T00:00"))).last().isEqualTo(later);
        }
    }

    @Test
    void aRetentionOfSevenDaysKeepsTodayAndTheSevenDaysBeforeIt() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant now = HistoryBuilder.in("Europe/Berlin").at("2025-04-02T00:30");
        // Across the spring DST change: still local midnight, seven calendar days back.
        assertThat(Retention.cutoff(now, berlin, Duration.ofDays(7)))
                .isEqualTo(HistoryBuilder.in("Europe/Berlin").at("2025-03-26T00:00"));
    }

    @Test
    void theRecorderAppliesRetentionWhenStartedWithoutBlockingItsCaller() throws Exception {
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            threeMonths.writeTo(store);
            HistoryRecorder recorder = new HistoryRecorder(store);
            // 60 days back from 2025-06-20 is 2025-04-21: March and early April go, the late-April records stay.
            recorder.startRetention(() -> Duration.ofDays(60));
            recorder.drain();
            assertThat(store.readAll()).allSatisfy(r ->
                    assertThat(r.at()).isAfterOrEqualTo(threeMonths.at("2025-04-21T00:00")));
            assertThat(store.readAll()).hasSize(20 + 1 + 30 + 1);
            recorder.close();
        }
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dataDir.resolve("history"))) {
            return list.map(p -> p.getFileName().toString()).toList();
        }
    }
}
