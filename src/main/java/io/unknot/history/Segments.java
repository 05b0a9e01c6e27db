package io.unknot.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The journal's files: one segment per UTC month ({@code 2025-03.journal}), so retention deletes whole old files and
 * a record's file follows from its moment alone, whichever zone the user travels to.
 */
final class Segments {

    static final String SUFFIX = ".journal";
    static final String TEMP_SUFFIX = ".tmp";
    static final String DAMAGED_MARK = ".damaged-";
    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2})\\.journal(\\.damaged-.*)?");

    /** One month's file. */
    record Segment(Path file, YearMonth month) {
        Instant start() {
            return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant end() {
            return month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        boolean overlaps(Instant from, Instant to) {
            return start().isBefore(to) && end().isAfter(from);
        }
    }

    private final Path dir;

    Segments(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path fileFor(Instant at) {
        return dir.resolve(YearMonth.from(at.atOffset(ZoneOffset.UTC)) + SUFFIX);
    }

    /** The live segments, oldest first. */
    List<Segment> list() throws IOException {
        return matching(false);
    }

    /** Tails kept aside after damage, as segments of the month they came from. */
    List<Segment> damagedCopies() throws IOException {
        return matching(true);
    }

    List<Path> leftoverTemps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX + TEMP_SUFFIX)).toList();
        }
    }

    private List<Segment> matching(boolean damaged) throws IOException {
        List<Segment> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                parse(file).filter(s -> isDamagedCopy(file) == damaged).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(Segment::month).thenComparing(Segment::file));
        return found;
    }

    private static boolean isDamagedCopy(Path file) {
        return file.getFileName().toString().contains(DAMAGED_MARK);
    }

    private static Optional<Segment> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Segment(file, YearMonth.parse(m.group(1))));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
