package io.unknot.history;

import io.unknot.core.BreakKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * History as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or line
 * break, quotes doubled), UTF-8. Column names are fixed English identifiers so scripts keep working whatever
 * language the app is shown in.
 */
public final class CsvExport {

    public static final List<String> EVENT_COLUMNS = List.of("seq", "time", "date", "type", "break_kind", "activity",
            "length_seconds", "suggestion", "escalated_after");
    public static final List<String> DAY_COLUMNS = List.of("date", "desk_minutes", "driving_minutes",
            "sitting_minutes", "longest_stretch_minutes", "breaks_done", "breaks_postponed", "breaks_skipped",
            "breaks_taken_naturally", "breaks_done_percent", "suggestions_done");

    private static final String EOL = "\r\n";

    private CsvExport() {
    }

    /** One row per record; times in {@code zone} with their UTC offset, so rows around a DST change stay clear. */
    public static void writeEvents(List<HistoryRecord> records, ZoneId zone, Writer out) throws IOException {
        out.write(row(EVENT_COLUMNS));
        for (HistoryRecord r : records) {
            out.write(eventRow(r, zone));
        }
    }

    /** One row per day; durations in minutes with one decimal. */
    public static void writeDays(List<DayFigures> days, Writer out) throws IOException {
        out.write(row(DAY_COLUMNS));
        for (DayFigures d : days) {
            out.write(row(List.of(
                    d.date().toString(),
                    minutes(d.desk()),
                    minutes(d.driving()),
                    minutes(d.sitting()),
                    minutes(d.longestStretch()),
                    Integer.toString(d.breaksDone()),
                    Integer.toString(d.breaksPostponed()),
                    Integer.toString(d.breaksSkipped()),
                    Integer.toString(d.breaksTakenNaturally()),
                    d.shareDone().isPresent() ? Long.toString(Math.round(d.shareDone().getAsDouble() * 100)) : "",
                    Integer.toString(d.suggestionsDoneCount()))));
        }
    }

    /** Every record in the store, to {@code file}, read one month at a time. */
    public static void exportEvents(HistoryStore store, ZoneId zone, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(row(EVENT_COLUMNS));
            store.forEach(Instant.MIN, Instant.MAX, r -> {
                try {
                    out.write(eventRow(r, zone));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every day from the oldest record to today, to {@code file}. */
    public static void exportDays(HistoryStore store, Clock clock, Path file) throws IOException {
        List<DayFigures> days = Statistics.loadAll(store, clock).days();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writeDays(days, out);
        }
    }

    private static String eventRow(HistoryRecord r, ZoneId zone) {
        ZonedDateTime local = r.at().atZone(zone);
        return row(List.of(
                Long.toString(r.seq()),
                local.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                local.toLocalDate().toString(),
                r.type().id(),
                r.kind().map(BreakKind::id).orElse(""),
                r.activity().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(""),
                seconds(r.length()),
                r.suggestion().orElse(""),
                r.escalatedAfter() > 0 ? Integer.toString(r.escalatedAfter()) : ""));
    }

    static String row(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(fields.get(i)));
        }
        return line.append(EOL).toString();
    }

    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 60_000.0);
    }
}
