package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class HistoryStoreTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dataDir;

    @Test
    void recordsWrittenBeforeMidnightAndAfterItAreReadBackOnTheirOwnLocalDays() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        HistoryBuilder history = HistoryBuilder.in("Europe/Berlin")
                .desk("2025-06-12T23:55", 10)
                .done("2025-06-12T23:58", BreakKind.STRETCH, "neck-roll")
                .done("2025-06-13T00:02", BreakKind.STRETCH, "hip-opener");
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            history.writeTo(store);
        }
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.openReport().clean()).isTrue();
            List<HistoryRecord> thursday = readDay(store, LocalDate.parse("2025-06-12"));
            List<HistoryRecord> friday = readDay(store, LocalDate.parse("2025-06-13"));
            assertThat(thursday).filteredOn(r -> r.type() == RecordType.SITTING).hasSize(5);
            assertThat(friday).filteredOn(r -> r.type() == RecordType.SITTING).hasSize(5);
            assertThat(thursday).filteredOn(r -> r.type() == RecordType.BREAK_DONE)
                    .extracting(r -> r.suggestion().orElseThrow()).containsExactly("neck-roll");
            assertThat(friday).filteredOn(r -> r.type() == RecordType.BREAK_DONE)
                    .extracting(r -> r.suggestion().orElseThrow()).containsExactly("hip-opener");
            // Everything comes back, in time order (records at the same moment in the order they were written).
            assertThat(store.readAll()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("seq")
                    .containsExactlyInAnyOrderElementsOf(history.records())
                    .isSortedAccordingTo(java.util.Comparator.comparing(HistoryRecord::at)
                            .thenComparingLong(HistoryRecord::seq));
        }
    }

    @Test
    void daysAroundBothDstChangesHaveTheirRealLength() throws IOException {
        FakeTime time = FakeTime.at("2025-11-01T12:00", "Europe/Berlin");
        // Sitting every minute from Saturday 22:00 to Monday 02:00 around each change.
        int springMinutes = (2 + 23 + 2) * 60;
        int autumnMinutes = (2 + 25 + 2) * 60;
        HistoryBuilder history = HistoryBuilder.in("Europe/Berlin")
                .desk("2025-03-29T22:00", springMinutes)
                .desk("2025-10-25T22:00", autumnMinutes);
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            history.writeTo(store);
        }
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(readDay(store, LocalDate.parse("2025-03-29"))).hasSize(120);
            assertThat(readDay(store, LocalDate.parse("2025-03-30"))).hasSize(23 * 60);
            assertThat(readDay(store, LocalDate.parse("2025-03-31"))).hasSize(120);
            assertThat(readDay(store, LocalDate.parse("2025-10-25"))).hasSize(120);
            assertThat(readDay(store, LocalDate.parse("2025-10-26"))).hasSize(25 * 60);
            assertThat(readDay(store, LocalDate.parse("2025-10-27"))).hasSize(120);
            // The same through Statistics, over the whole stored span.
            Statistics stats = Statistics.of(store.readAll(), BERLIN, LocalDate.parse("2025-03-29"),
                    LocalDate.parse("2025-10-27"));
            assertThat(stats.day(LocalDate.parse("2025-03-30")).desk()).isEqualTo(Duration.ofHours(23));
            assertThat(stats.day(LocalDate.parse("2025-10-26")).desk()).isEqualTo(Duration.ofHours(25));
        }
        // One segment per UTC month that holds records.
        assertThat(dataDir.resolve("history")).isDirectoryContaining("glob:**/2025-03.journal")
                .isDirectoryContaining("glob:**/2025-10.journal");
    }

    @Test
    void sequenceNumbersKeepGrowingAcrossReopening() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        long first;
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            first = store.append(sitting(time.instant())).seq();
            assertThat(store.append(sitting(time.instant())).seq()).isEqualTo(first + 1);
        }
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.append(sitting(time.instant())).seq()).isEqualTo(first + 2);
        }
    }

    @Test
    void textFieldsWithTabsNewlinesAndCommasSurviveTheJournal() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        String awkward = "my\tstretch,\n\"with\" back\\slash \u00fc\u2013";
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            store.append(HistoryRecord.breakEvent(RecordType.BREAK_DONE, time.instant(), BreakKind.MOVEMENT,
                    Duration.ZERO, Optional.of(awkward)));
        }
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.openReport().clean()).isTrue();
            assertThat(store.readAll()).singleElement().satisfies(r -> {
                assertThat(r.suggestion()).contains(awkward);
                assertThat(r.kind()).contains(BreakKind.MOVEMENT);
            });
        }
    }

    @Test
    void anEscalatedBreakKeepsItsCountThroughTheJournal() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        Instant at = time.instant();
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            store.append(HistoryRecord.breakEvent(RecordType.BREAK_ESCALATED, at, BreakKind.STRETCH, Duration.ZERO,
                    Optional.empty()).withEscalatedAfter(4));
            store.append(HistoryRecord.breakEvent(RecordType.BREAK_SKIPPED, at.plusSeconds(5), BreakKind.STRETCH,
                    Duration.ZERO, Optional.of("my\tmove")).withEscalatedAfter(4));
            store.append(HistoryRecord.breakEvent(RecordType.BREAK_DONE, at.plusSeconds(600), BreakKind.MICRO,
                    Duration.ZERO, Optional.of("neck-roll")));
        }
        List<String> lines = Files.readAllLines(dataDir.resolve("history").resolve("2025-06.journal"));
        assertThat(lines.get(0)).endsWith("\tbreak_escalated\tstretch\t\tPT0S\t\t4");
        assertThat(lines.get(2)).endsWith("\tPT0S\tneck-roll"); // no count: the line reads as before

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.openReport().clean()).isTrue();
            assertThat(typeCountSuggestion(store)).containsExactly(
                    tuple(RecordType.BREAK_ESCALATED, 4, Optional.empty()),
                    tuple(RecordType.BREAK_SKIPPED, 4, Optional.of("my\tmove")),
                    tuple(RecordType.BREAK_DONE, 0, Optional.of("neck-roll")));
        }
    }

    @Test
    void aJournalWrittenBeforeTheCountWasKeptReadsAsItDid() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        Path segment = dataDir.resolve("history").resolve("2025-06.journal");
        Files.createDirectories(segment.getParent());
        Files.writeString(segment, oldLine("1\t2025-06-13T06:00:00Z\tbreak_escalated\tstretch\t\tPT0S\t")
                + oldLine("2\t2025-06-13T06:00:00Z\tbreak_due\tstretch\t\tPT3M\tneck-roll")
                + oldLine("3\t2025-06-13T06:03:00Z\tbreak_done\tstretch\t\tPT0S\tneck-roll"));

        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThat(store.openReport().clean()).isTrue();
            assertThat(typeCountSuggestion(store)).containsExactly(
                    tuple(RecordType.BREAK_ESCALATED, 0, Optional.empty()),
                    tuple(RecordType.BREAK_DUE, 0, Optional.of("neck-roll")),
                    tuple(RecordType.BREAK_DONE, 0, Optional.of("neck-roll")));
        }
    }

    private static List<org.assertj.core.groups.Tuple> typeCountSuggestion(HistoryStore store) throws IOException {
        return store.readAll().stream().map(r -> tuple(r.type(), r.escalatedAfter(), r.suggestion())).toList();
    }

    /** A journal line as every Unknot before the escalation count wrote it: CRC, space, seven fields. */
    private static String oldLine(String payload) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return String.format("%08x %s\n", crc.getValue(), payload);
    }

    @Test
    void aSecondOpenOfTheSameHistoryIsRefused() throws IOException {
        FakeTime time = FakeTime.at("2025-06-13T08:00", "Europe/Berlin");
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            assertThatThrownBy(() -> HistoryStore.open(dataDir, time))
                    .isInstanceOf(IOException.class).hasMessageContaining("already open");
        }
        HistoryStore.open(dataDir, time).close();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aFullDiskIsReportedTheRecordIsNotAcknowledgedAndTheStoreGoesOn() throws IOException {
        FakeTime time = FakeTime.at("2025-06-30T23:00", "UTC");
        try (HistoryStore store = HistoryStore.open(dataDir, time)) {
            HistoryRecord june = store.append(sitting(time.instant()));
            // July's segment is the kernel's always-full device: every write fails with ENOSPC.
            Files.createSymbolicLink(dataDir.resolve("history/2025-07.journal"), Path.of("/dev/full"));
            time.advance(Duration.ofHours(2));

            assertThatThrownBy(() -> store.append(sitting(time.instant()))).isInstanceOf(IOException.class);
            assertThat(store.writeProblem()).get().satisfies(p -> assertThat(p.reason()).containsIgnoringCase("space"));

            HistoryRecord lateJune = store.append(sitting(Instant.parse("2025-06-30T23:30:00Z")));
            assertThat(store.writeProblem()).isEmpty();
            assertThat(store.read(Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z")))
                    .extracting(HistoryRecord::seq).containsExactly(june.seq(), lateJune.seq());
        }
    }

    private static HistoryRecord sitting(Instant at) {
        return HistoryRecord.sitting(at, Activity.DESK, Duration.ofMinutes(1));
    }

    private static List<HistoryRecord> readDay(HistoryStore store, LocalDate day) throws IOException {
        return store.read(day.atStartOfDay(BERLIN).toInstant(), day.plusDays(1).atStartOfDay(BERLIN).toInstant());
    }
}
