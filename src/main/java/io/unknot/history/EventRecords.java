package io.unknot.history;

import io.unknot.core.EngineEvent;
import io.unknot.core.suggest.Suggestion;

import java.time.Duration;
import java.util.Optional;

/** Which engine events become history records, and how. Sitting time is handled by {@link MinuteAccumulator}. */
final class EventRecords {

    private EventRecords() {
    }

    static Optional<HistoryRecord> of(EngineEvent event) {
        if (event instanceof EngineEvent.BreakDue e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_DUE, e.at(), e.kind(), length(e.duration()),
                    id(e.suggestion())));
        } else if (event instanceof EngineEvent.BreakShown e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_SHOWN, e.at(), e.kind(), Duration.ZERO,
                    Optional.empty()));
        } else if (event instanceof EngineEvent.BreakCompleted e) {
            return Optional.of(HistoryRecord.breakEvent(e.ignored() ? RecordType.BREAK_IGNORED : RecordType.BREAK_DONE,
                    e.at(), e.kind(), Duration.ZERO, id(e.suggestion())).withEscalatedAfter(e.escalatedAfter()));
        } else if (event instanceof EngineEvent.BreakEscalated e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_ESCALATED, e.at(), e.kind(), Duration.ZERO,
                    Optional.empty()).withEscalatedAfter(e.skippedBefore()));
        } else if (event instanceof EngineEvent.BreakPostponed e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_POSTPONED, e.at(), e.kind(), length(e.by()),
                    Optional.empty()).withEscalatedAfter(e.escalatedAfter()));
        } else if (event instanceof EngineEvent.BreakSkipped e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_SKIPPED, e.at(), e.kind(), Duration.ZERO,
                    Optional.empty()).withEscalatedAfter(e.escalatedAfter()));
        } else if (event instanceof EngineEvent.BreakTakenNaturally e) {
            return Optional.of(HistoryRecord.breakEvent(RecordType.BREAK_TAKEN_NATURALLY, e.at(), e.kind(),
                    length(e.away()), Optional.empty()));
        } else if (event instanceof EngineEvent.DriveStarted e) {
            return Optional.of(HistoryRecord.plain(RecordType.DRIVE_STARTED, e.at(), Duration.ZERO, Optional.empty()));
        } else if (event instanceof EngineEvent.DriveEnded e) {
            return Optional.of(HistoryRecord.plain(RecordType.DRIVE_ENDED, e.at(), length(e.length()),
                    id(e.stretch())));
        } else if (event instanceof EngineEvent.DailyLimitReached e) {
            return Optional.of(HistoryRecord.plain(RecordType.DAILY_LIMIT_REACHED, e.at(), length(e.sittingToday()),
                    id(e.rest())));
        }
        // Warnings and state changes are transient; sitting time arrives as TimeAccrued.
        return Optional.empty();
    }

    private static Optional<String> id(Suggestion suggestion) {
        return Optional.ofNullable(suggestion).map(Suggestion::id);
    }

    private static Duration length(Duration d) {
        return d == null || d.isNegative() ? Duration.ZERO : d;
    }
}
