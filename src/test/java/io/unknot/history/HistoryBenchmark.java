package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark, not a test (run by {@code bench/history.sh}): writes a year of a heavy user's history into a temporary
 * folder, then reports its size on disk and how long opening the store and computing the 30-day statistics take.
 *
 * <p>The heavy user sits 10 hours a day, every day of the year: 600 sitting minutes (two 40-minute drives on
 * weekdays), a micro break every 10 minutes (due, shown, done), a stretch break every hour (due, shown, postponed,
 * due again, shown, done), a movement break twice a day and some skipped micro breaks. The run prints how many
 * break records and breaks done that makes per day.
 */
public final class HistoryBenchmark {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final int DAYS = 365;

    private HistoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        LocalDate today = LocalDate.parse("2025-12-31");
        Clock clock = Clock.fixed(today.atTime(21, 0).atZone(ZONE).toInstant(), ZONE);
        Path dataDir = Files.createTempDirectory("unknot-history-bench");
        try {
            long records = 0;
            long breakRecords = 0;
            long breaksDone = 0;
            long writeStart = System.nanoTime();
            try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
                for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
                    for (HistoryRecord r : heavyDay(day)) {
                        store.append(r);
                        records++;
                        breakRecords += r.kind().isPresent() ? 1 : 0;
                        breaksDone += r.type() == RecordType.BREAK_DONE ? 1 : 0;
                    }
                }
            }
            double writeSeconds = (System.nanoTime() - writeStart) / 1e9;
            long bytes = sizeOnDisk(dataDir.resolve("history"));

            List<Double> openMs = new ArrayList<>();
            List<Double> statsMs = new ArrayList<>();
            List<Double> totalMs = new ArrayList<>();
            List<Double> allDaysMs = new ArrayList<>();
            DayFigures checked = null;
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                try (HistoryStore store = HistoryStore.open(dataDir, clock)) {
                    long t1 = System.nanoTime();
                    Statistics month = Statistics.load(store, clock, 30);
                    long t2 = System.nanoTime();
                    checked = month.last();
                    openMs.add((t1 - t0) / 1e6);
                    statsMs.add((t2 - t1) / 1e6);
                    totalMs.add((t2 - t0) / 1e6);
                    long t3 = System.nanoTime();
                    Statistics.loadAll(store, clock);
                    allDaysMs.add((System.nanoTime() - t3) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "History benchmark, %s, Java %s, %d cores%n", LocalDate.now(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "records written:            %d over %d days (%.0f per day)%n",
                    records, DAYS, (double) records / DAYS);
            System.out.printf(Locale.ROOT, "per day:                    600 sitting minutes, %.0f break records,"
                    + " %.0f breaks done%n", (double) breakRecords / DAYS, (double) breaksDone / DAYS);
            System.out.printf(Locale.ROOT, "writing them:               %.1f s (%.0f records/s, each handed to the OS,"
                    + " outcomes forced to disk)%n", writeSeconds, records / writeSeconds);
            System.out.printf(Locale.ROOT, "size on disk:               %.1f MiB in %d files (%.0f bytes per record)%n",
                    bytes / 1048576.0, fileCount(dataDir.resolve("history")), (double) bytes / records);
            System.out.printf(Locale.ROOT, "open (checks every line):   %s%n", summary(openMs));
            System.out.printf(Locale.ROOT, "30-day statistics:          %s%n", summary(statsMs));
            System.out.printf(Locale.ROOT, "open + 30-day statistics:   %s%n", summary(totalMs));
            System.out.printf(Locale.ROOT, "365-day statistics (export):%s%n", " " + summary(allDaysMs));
            System.out.printf(Locale.ROOT, "check: today desk %s, driving %s, %d breaks done%n",
                    checked.desk(), checked.driving(), checked.breaksDone());
        } finally {
            deleteTree(dataDir);
        }
    }

    /** One day of the heavy user, as the recorder would write it. */
    static List<HistoryRecord> heavyDay(LocalDate day) {
        List<HistoryRecord> out = new ArrayList<>();
        boolean weekday = day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0;
        LocalDateTime start = day.atTime(7, 20);
        for (int m = 0; m < 600; m++) {
            Instant minute = at(start.plusMinutes(m + (m >= 300 ? 30 : 0)));
            boolean driving = weekday && (m < 40 || m >= 560);
            out.add(HistoryRecord.sitting(minute, driving ? Activity.DRIVING : Activity.DESK, Duration.ofMinutes(1)));
            if (driving) {
                continue;
            }
            if (m % 10 == 9) {
                breakRecords(out, minute, BreakKind.MICRO, Duration.ofSeconds(20), "look-away", m % 70 == 69);
            }
            if (m % 60 == 59) {
                out.add(HistoryRecord.breakEvent(RecordType.BREAK_DUE, minute, BreakKind.STRETCH,
                        Duration.ofMinutes(5), Optional.of("neck-roll")));
                out.add(HistoryRecord.breakEvent(RecordType.BREAK_SHOWN, minute, BreakKind.STRETCH, Duration.ZERO,
                        Optional.empty()));
                out.add(HistoryRecord.breakEvent(RecordType.BREAK_POSTPONED, minute, BreakKind.STRETCH,
                        Duration.ofMinutes(5), Optional.empty()));
                breakRecords(out, minute.plusSeconds(30), BreakKind.STRETCH, Duration.ofMinutes(5), "neck-roll", false);
            }
            if (m == 200 || m == 450) {
                breakRecords(out, minute.plusSeconds(40), BreakKind.MOVEMENT, Duration.ofMinutes(10), "stairs", false);
            }
        }
        return out;
    }

    private static void breakRecords(List<HistoryRecord> out, Instant at, BreakKind kind, Duration length,
                                     String suggestion, boolean skipped) {
        out.add(HistoryRecord.breakEvent(RecordType.BREAK_DUE, at, kind, length, Optional.of(suggestion)));
        out.add(HistoryRecord.breakEvent(RecordType.BREAK_SHOWN, at, kind, Duration.ZERO, Optional.empty()));
        out.add(skipped
                ? HistoryRecord.breakEvent(RecordType.BREAK_SKIPPED, at, kind, Duration.ZERO, Optional.empty())
                : HistoryRecord.breakEvent(RecordType.BREAK_DONE, at.plus(length), kind, Duration.ZERO,
                Optional.of(suggestion)));
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    private static String summary(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format(Locale.ROOT, "median %.0f ms (min %.0f, max %.0f, first run %.0f; %d runs)",
                sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), ms.get(0), ms.size());
    }

    private static long sizeOnDisk(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            long total = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                total += Files.size(f);
            }
            return total;
        }
    }

    private static long fileCount(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(Segments.SUFFIX)).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
