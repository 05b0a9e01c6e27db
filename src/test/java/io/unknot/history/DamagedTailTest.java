package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DamagedTailTest {

    @TempDir
    Path dataDir;

    private final FakeTime time = FakeTime.at("2025-06-13T10:00", "Europe/Berlin");
    private List<HistoryRecord> written;
    private Path segment;

    @BeforeEach
    void writeTwentyMinutes() throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            written = HistoryBuilder.in("Europe/Berlin").desk("2025-06-13T09:00", 20).writeTo(store);
        }
        segment = dataDir.resolve("history/2025-06.journal");
    }

    @Test
    void aTailCutOffMidLineIsKeptAsideReportedAndTheRestReadable() throws IOException {
        byte[] whole = Files.readAllBytes(segment);
        int cut = whole.length - 7;
        Files.write(segment, Arrays.copyOf(whole, cut));

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            OpenReport.Damage damage = singleDamage(store);
            int lastLineStart = lastLineStart(whole);
            assertThat(Files.readAllBytes(damage.keptAside())).isEqualTo(Arrays.copyOfRange(whole, lastLineStart, cut));
            assertThat(damage.keptAside().getFileName().toString()).startsWith("2025-06.journal.damaged-2025061");
            assertThat(damage.intact()).isEqualTo(19);
            assertThat(store.readAll()).containsExactlyElementsOf(written.subList(0, 19));

            HistoryRecord next = store.append(minuteAt(30));
            assertThat(store.readAll()).hasSize(20).last().isEqualTo(next);
        }
        assertReopensClean(20);
    }

    @Test
    void garbageAfterTheLastRecordIsKeptAsideAndNewAppendsWork() throws IOException {
        byte[] garbage = new byte[300];
        new Random(7).nextBytes(garbage);
        Files.write(segment, garbage, StandardOpenOption.APPEND);

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            OpenReport.Damage damage = singleDamage(store);
            assertThat(Files.readAllBytes(damage.keptAside())).isEqualTo(garbage);
            assertThat(damage.bytesAside()).isEqualTo(300);
            assertThat(store.readAll()).containsExactlyElementsOf(written);
            store.append(minuteAt(30));
        }
        assertReopensClean(21);
    }

    @Test
    void aZeroFilledTailLeftByAPowerCutIsDetected() throws IOException {
        Files.write(segment, new byte[4096], StandardOpenOption.APPEND);

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(singleDamage(store).bytesAside()).isEqualTo(4096);
            assertThat(store.readAll()).containsExactlyElementsOf(written);
        }
        assertReopensClean(20);
    }

    @Test
    void intactRecordsAfterDamageInTheMiddleAreKept() throws IOException {
        String text = Files.readString(segment, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        // Flip one character inside the fifth record: its CRC no longer matches.
        String broken = lines.get(4).replace("PT1M", "PT9M");
        StringBuilder damaged = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            damaged.append(i == 4 ? broken : lines.get(i)).append('\n');
        }
        Files.writeString(segment, damaged, StandardCharsets.UTF_8);

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            OpenReport.Damage damage = singleDamage(store);
            assertThat(damage.recovered()).isEqualTo(15);
            assertThat(damage.intact()).isEqualTo(19);
            assertThat(Files.readString(damage.keptAside(), StandardCharsets.UTF_8)).startsWith(broken + "\n");
            List<HistoryRecord> expected = new java.util.ArrayList<>(written);
            expected.remove(4);
            assertThat(store.readAll()).containsExactlyElementsOf(expected);
        }
        assertReopensClean(19);
    }

    private OpenReport.Damage singleDamage(HistoryStore store) {
        assertThat(store.openReport().clean()).isFalse();
        assertThat(store.openReport().damages()).hasSize(1);
        OpenReport.Damage damage = store.openReport().damages().get(0);
        assertThat(damage.segment()).isEqualTo(segment);
        assertThat(damage.keptAside()).exists().hasParent(segment.getParent());
        return damage;
    }

    private void assertReopensClean(int records) throws IOException {
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.openReport().clean()).isTrue();
            assertThat(store.readAll()).hasSize(records);
        }
    }

    private HistoryRecord minuteAt(int minuteOfNine) {
        return HistoryRecord.sitting(HistoryBuilder.in("Europe/Berlin").at("2025-06-13T09:00")
                .plus(Duration.ofMinutes(minuteOfNine)), Activity.DESK, Duration.ofMinutes(1));
    }

    private static int lastLineStart(byte[] whole) {
        for (int i = whole.length - 2; i >= 0; i--) {
            if (whole[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }
}
