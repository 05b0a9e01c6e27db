package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the history journal.
 *
 * @param seq        the store's sequence number, 0 until the store has written the record
 * @param at         when it happened; for {@link RecordType#SITTING} the minute's start, for
 *                   {@link RecordType#PAST_DRIVE} the drive's start
 * @param kind       the break kind, for break records
 * @param activity   desk or driving, for {@link RecordType#SITTING}
 * @param length     the amount of time the record carries (sitting seconds, drive length, postponed by, time away,
 *                   break length, sitting today); zero when it carries none
 * @param suggestion the id of the suggestion shown or done, where there is one
 * @param escalatedAfter for {@link RecordType#BREAK_ESCALATED} and the outcome record of that escalated break
 *                   (done, ignored, skipped or postponed): how many skipped, postponed or ignored breaks in a row
 *                   came before it; 0 on every other record, and on records written before Unknot kept the count
 */
public record HistoryRecord(long seq, Instant at, RecordType type, Optional<BreakKind> kind,
                            Optional<Activity> activity, Duration length, Optional<String> suggestion,
                            int escalatedAfter) {

    /** The longest drive that can be logged by hand; statistics look back this far for drives reaching into a day. */
    public static final Duration MAX_PAST_DRIVE = Duration.ofHours(24);

    public HistoryRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(suggestion, "suggestion");
        if (length.isNegative()) {
            throw new IllegalArgumentException("negative length " + length);
        }
        if (suggestion.isPresent() && suggestion.get().isEmpty()) {
            suggestion = Optional.empty();
        }
        if (escalatedAfter < 0) {
            throw new IllegalArgumentException("negative escalation count " + escalatedAfter);
        }
    }

    public static HistoryRecord breakEvent(RecordType type, Instant at, BreakKind kind, Duration length,
                                           Optional<String> suggestion) {
        return new HistoryRecord(0, at, type, Optional.of(kind), Optional.empty(), length, suggestion, 0);
    }

    public static HistoryRecord sitting(Instant minute, Activity activity, Duration length) {
        return new HistoryRecord(0, minute, RecordType.SITTING, Optional.empty(), Optional.of(activity), length,
                Optional.empty(), 0);
    }

    /** Drive started, drive ended or the daily limit: records without a break kind. */
    public static HistoryRecord plain(RecordType type, Instant at, Duration length, Optional<String> suggestion) {
        return new HistoryRecord(0, at, type, Optional.empty(), Optional.empty(), length, suggestion, 0);
    }

    /** A drive made away from the computer; its length must be positive and at most {@link #MAX_PAST_DRIVE}. */
    public static HistoryRecord pastDrive(Instant start, Duration length) {
        if (length.isZero() || length.compareTo(MAX_PAST_DRIVE) > 0) {
            throw new IllegalArgumentException("past drive length out of range: " + length);
        }
        return new HistoryRecord(0, start, RecordType.PAST_DRIVE, Optional.empty(), Optional.of(Activity.DRIVING),
                length, Optional.empty(), 0);
    }

    public HistoryRecord withSeq(long value) {
        return new HistoryRecord(value, at, type, kind, activity, length, suggestion, escalatedAfter);
    }

    /** The same record, naming the escalation it belongs to. */
    public HistoryRecord withEscalatedAfter(int count) {
        return new HistoryRecord(seq, at, type, kind, activity, length, suggestion, count);
    }

    /** The end of the time the record covers, for sitting minutes and past drives; {@link #at()} otherwise. */
    public Instant end() {
        return type == RecordType.SITTING || type == RecordType.PAST_DRIVE ? at.plus(length) : at;
    }
}
