package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;
import io.unknot.core.FakeTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    @Test
    void fieldsAreQuotedOnlyWhenTheyNeedIt() {
        assertThat(CsvExport.row(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void eventRowsCarryLocalTimeWithOffsetAcrossTheAutumnChange() throws IOException {
        HistoryBuilder h = HistoryBuilder.in("Europe/Berlin");
        List<HistoryRecord> records = List.of(
                // 02:30 happens twice that night: first in summer time, then an hour later in winter time.
                HistoryRecord.sitting(h.at("2025-10-26T02:30"), Activity.DESK,
                        Duration.ofSeconds(59, 500_000_000)).withSeq(1),
                HistoryRecord.sitting(h.at("2025-10-26T02:30").plus(Duration.ofHours(1)), Activity.DRIVING,
                        Duration.ofMinutes(1)).withSeq(2),
                HistoryRecord.breakEvent(RecordType.BREAK_DONE, h.at("2025-10-26T09:00"), BreakKind.STRETCH,
                        Duration.ZERO, Optional.of("hips, \"gentle\"")).withSeq(3),
                HistoryRecord.pastDrive(h.at("2025-10-26T18:00"), Duration.ofMinutes(90)).withSeq(4),
                HistoryRecord.breakEvent(RecordType.BREAK_SKIPPED, h.at("2025-10-26T19:00"), BreakKind.MICRO,
                        Duration.ZERO, Optional.empty()).withEscalatedAfter(3).withSeq(5));
        StringWriter out = new StringWriter();

        CsvExport.writeEvents(records, BERLIN, out);

        assertThat(out.toString()).isEqualTo(
                "seq,time,date,type,break_kind,activity,length_seconds,suggestion,escalated_after\r\n"
                        + "1,2025-10-26T02:30:00+02:00,2025-10-26,sitting,,desk,59.5,,\r\n"
                        + "2,2025-10-26T02:30:00+01:00,2025-10-26,sitting,,driving,60,,\r\n"
                        + "3,2025-10-26T09:00:00+01:00,2025-10-26,break_done,stretch,,0,\"hips, \"\"gentle\"\"\",\r\n"
                        + "4,2025-10-26T18:00:00+01:00,2025-10-26,past_drive,,driving,5400,,\r\n"
                        + "5,2025-10-26T19:00:00+01:00,2025-10-26,break_skipped,micro,,0,,3\r\n");
    }

    @Test
    void dayRowsFromAStoreHoldTheDailyFigures() throws IOException {
        FakeTime now = FakeTime.at("2025-06-17T12:00", "Europe/Berlin");
        try (HistoryStore store = HistoryStore.open(dir.resolve("data"), now)) {
            HistoryBuilder.in("Europe/Berlin")
                    .desk("2025-06-16T09:00", 95)
                    .done("2025-06-16T10:35", BreakKind.STRETCH, "neck-roll")
                    .breakEvent(RecordType.BREAK_SKIPPED, "2025-06-16T12:00", BreakKind.STRETCH)
                    .breakEvent(RecordType.BREAK_SKIPPED, "2025-06-16T13:00", BreakKind.MICRO)
                    .pastDrive("2025-06-17T07:00", 25)
                    .writeTo(store);
            Path days = dir.resolve("days.csv");
            Path events = dir.resolve("events.csv");

            CsvExport.exportDays(store, now, days);
            CsvExport.exportEvents(store, BERLIN, events);

            assertThat(Files.readString(days, StandardCharsets.UTF_8)).isEqualTo(
                    String.join(",", CsvExport.DAY_COLUMNS) + "\r\n"
                            + "2025-06-16,95.0,0.0,95.0,95.0,1,0,2,0,33,1\r\n"
                            + "2025-06-17,0.0,25.0,25.0,25.0,0,0,0,0,,0\r\n");
            List<String> eventLines = Files.readAllLines(events, StandardCharsets.UTF_8);
            assertThat(eventLines).hasSize(1 + 95 + 3 + 1);
            assertThat(eventLines.get(0)).isEqualTo(String.join(",", CsvExport.EVENT_COLUMNS));
            assertThat(eventLines.get(eventLines.size() - 1))
                    .isEqualTo("99,2025-06-17T07:00:00+02:00,2025-06-17,past_drive,,driving,1500,,");
            assertThat(Statistics.loadAll(store, now).days()).extracting(DayFigures::date)
                    .containsExactly(LocalDate.parse("2025-06-16"), LocalDate.parse("2025-06-17"));
        }
    }
}
