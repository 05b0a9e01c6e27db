package io.unknot.history;

import io.unknot.core.EarlierToday;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Today's figures rebuilt from the journal at start-up, so a restart (or a crash) does not set today's sitting, the
 * sitting since the last break or the daily limit back to zero. Only what was written is known: after a crash the
 * minute that was still open is missing, nothing more.
 */
public final class TodaySoFar {

    private TodaySoFar() {
    }

    /** Today (in the store's zone) up to {@code now}. */
    public static EarlierToday read(HistoryStore store, Instant now) throws IOException {
        LocalDate today = LocalDate.ofInstant(now, store.zone());
        return of(store.read(Statistics.readFrom(today, store.zone()), now), store.zone(), now);
    }

    static EarlierToday of(List<HistoryRecord> records, ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Statistics stats = Statistics.of(records, zone, today, today);
        DayFigures figures = stats.last();
        Statistics.OpenStretch open = stats.lastDayOpenStretch();
        // The same rule as the statistics' stretches: a long gap since the last sitting means the user was away.
        boolean goesOn = open.lastEnd() != null
                && Duration.between(open.lastEnd(), now).compareTo(Statistics.STRETCH_GAP) < 0;
        boolean limitReported = records.stream().anyMatch(r -> r.type() == RecordType.DAILY_LIMIT_REACHED
                && LocalDate.ofInstant(r.at(), zone).equals(today));
        return new EarlierToday(today, figures.desk(), figures.driving(),
                goesOn ? open.length() : Duration.ZERO, limitReported);
    }
}
