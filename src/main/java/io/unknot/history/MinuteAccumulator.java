package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.EngineEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Sums the engine's sitting spans into one record per minute and activity. A span's {@code at} is taken as the
 * moment it was accounted, i.e. its end; spans never cross a minute boundary, so its start names its minute.
 * Not thread-safe: used by the recorder's writer thread only.
 */
final class MinuteAccumulator {

    record Key(Instant minute, Activity activity) {}

    private Key pending;
    private Duration total = Duration.ZERO;

    /** Adds a span; returns the previous minute's record when this span starts another minute or activity. */
    Optional<HistoryRecord> add(EngineEvent.TimeAccrued span) {
        if (span.length() == null || span.length().isNegative() || span.length().isZero()) {
            return Optional.empty();
        }
        Instant start = span.at().minus(span.length());
        Key key = new Key(start.truncatedTo(ChronoUnit.MINUTES), span.activity());
        Optional<HistoryRecord> finished = key.equals(pending) ? Optional.empty() : flush();
        pending = key;
        total = total.plus(span.length());
        return finished;
    }

    /** The pending minute's record, if any; the accumulator is empty afterwards. */
    Optional<HistoryRecord> flush() {
        if (pending == null) {
            return Optional.empty();
        }
        HistoryRecord record = HistoryRecord.sitting(pending.minute(), pending.activity(), total);
        pending = null;
        total = Duration.ZERO;
        return Optional.of(record);
    }

    Optional<Key> pendingKey() {
        return Optional.ofNullable(pending);
    }
}
