package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds a history by local wall-clock times, the way a scenario is told: "desk from 09:00 for 90 minutes". */
public final class HistoryBuilder {

    private final ZoneId zone;
    private final List<HistoryRecord> records = new ArrayList<>();

    HistoryBuilder(ZoneId zone) {
        this.zone = zone;
    }

    public static HistoryBuilder in(String zone) {
        return new HistoryBuilder(ZoneId.of(zone));
    }

    Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    /** Full minutes of sitting starting at a local time (instants step by real minutes, so DST gaps are skipped). */
    public HistoryBuilder sit(Activity activity, String localStart, int minutes) {
        Instant start = at(localStart);
        for (int i = 0; i < minutes; i++) {
            records.add(HistoryRecord.sitting(start.plus(Duration.ofMinutes(i)), activity, Duration.ofMinutes(1)));
        }
        return this;
    }

    HistoryBuilder desk(String localStart, int minutes) {
        return sit(Activity.DESK, localStart, minutes);
    }

    HistoryBuilder driving(String localStart, int minutes) {
        return sit(Activity.DRIVING, localStart, minutes);
    }

    public HistoryBuilder breakEvent(RecordType type, String local, BreakKind kind) {
        records.add(HistoryRecord.breakEvent(type, at(local), kind, Duration.ZERO, Optional.empty()));
        return this;
    }

    public HistoryBuilder done(String local, BreakKind kind, String suggestion) {
        records.add(HistoryRecord.breakEvent(RecordType.BREAK_DONE, at(local), kind, Duration.ZERO,
                Optional.of(suggestion)));
        return this;
    }

    HistoryBuilder pastDrive(String localStart, int minutes) {
        records.add(HistoryRecord.pastDrive(at(localStart), Duration.ofMinutes(minutes)));
        return this;
    }

    List<HistoryRecord> records() {
        return List.copyOf(records);
    }

    /** Appends everything to the store; returns the records as stored. */
    public List<HistoryRecord> writeTo(HistoryStore store) throws IOException {
        List<HistoryRecord> stored = new ArrayList<>();
        for (HistoryRecord r : records) {
            stored.add(store.append(r));
        }
        return stored;
    }
}
