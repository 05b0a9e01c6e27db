package io.unknot.history;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drives made away from the computer, logged by hand. A logged drive may not overlap time already recorded as
 * sitting or driving (Unknot saw the user at the desk then), so no minute is counted twice.
 */
public final class PastDrives {

    /** The recorded time a drive would overlap, from the first overlapping record's start to the last one's end. */
    public record Overlap(Instant from, Instant to) {}

    private PastDrives() {
    }

    public static Optional<Overlap> overlap(HistoryStore store, Instant start, Duration length) throws IOException {
        Instant end = start.plus(length);
        return overlap(store.read(start.minus(HistoryRecord.MAX_PAST_DRIVE), end), start, end);
    }

    /**
     * Stores the drive unless it overlaps recorded time.
     *
     * @return the overlap that kept it from being stored, or empty when it was stored
     */
    public static Optional<Overlap> log(HistoryStore store, Instant start, Duration length) throws IOException {
        HistoryRecord drive = HistoryRecord.pastDrive(start, length);
        Optional<Overlap> overlap = overlap(store, start, length);
        if (overlap.isEmpty()) {
            store.append(drive);
        }
        return overlap;
    }

    static Optional<Overlap> overlap(List<HistoryRecord> records, Instant start, Instant end) {
        Instant from = null;
        Instant to = null;
        for (HistoryRecord r : records) {
            boolean timed = r.type() == RecordType.SITTING || r.type() == RecordType.PAST_DRIVE;
            if (timed && r.at().isBefore(end) && r.end().isAfter(start)) {
                from = from == null || r.at().isBefore(from) ? r.at() : from;
                to = to == null || r.end().isAfter(to) ? r.end() : to;
            }
        }
        return from == null ? Optional.empty() : Optional.of(new Overlap(from, to));
    }
}
