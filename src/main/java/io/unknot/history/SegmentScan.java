package io.unknot.history;

import java.util.Arrays;

/**
 * What a segment file holds: where its intact lines are, and where damage starts if any. A line is intact when it
 * ends with a newline, its CRC checks out and it starts with a sequence number. Damage normally sits at the tail
 * (a write cut short); if intact lines follow damage in the middle, they are still counted as intact
 * ({@link #recovered()}), so nothing readable is dropped. Only offsets are kept; fields are read on demand, so
 * checking a whole year at start-up stays cheap.
 */
final class SegmentScan {

    private final byte[] bytes;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int size;
    private int firstBad = -1;
    private int recovered;
    private int badLines;

    private SegmentScan(byte[] bytes) {
        this.bytes = bytes;
    }

    static SegmentScan of(byte[] bytes) {
        SegmentScan scan = new SegmentScan(bytes);
        int start = 0;
        while (start < bytes.length) {
            int end = indexOfNewline(bytes, start);
            if (end >= 0 && JournalLine.intact(bytes, start, end)) {
                scan.add(start, end);
            } else {
                scan.badLines++;
                if (scan.firstBad < 0) {
                    scan.firstBad = start;
                }
            }
            start = end < 0 ? bytes.length : end + 1;
        }
        return scan;
    }

    byte[] bytes() {
        return bytes;
    }

    /** How many intact lines there are. */
    int size() {
        return size;
    }

    /** Start of intact line {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** End of intact line {@code i}: the offset of its newline. */
    int end(int i) {
        return ends[i];
    }

    String payload(int i) {
        return JournalLine.payload(bytes, starts[i], ends[i]);
    }

    /** Byte offset of the first damaged line, or -1 when the file is clean. */
    int firstBad() {
        return firstBad;
    }

    /** Damaged lines: each was a record, or part of one, that cannot be read any more. */
    int badLines() {
        return badLines;
    }

    /** Intact lines found after {@link #firstBad()}. */
    int recovered() {
        return recovered;
    }

    boolean damaged() {
        return firstBad >= 0;
    }

    long maxSeq() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, JournalLine.seq(bytes, starts[i], ends[i]));
        }
        return max;
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
        if (firstBad >= 0) {
            recovered++;
        }
    }

    private static int indexOfNewline(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
