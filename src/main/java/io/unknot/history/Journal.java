package io.unknot.history;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

/** Where the {@link HistoryRecorder} writes: a {@link HistoryStore}, or the {@link HistoryKeeper} around one. */
public interface Journal {

    /** Writes the record; only a normal return acknowledges it. */
    HistoryRecord append(HistoryRecord record) throws IOException;

    /** Removes records older than {@code cutoff}; how many. */
    int removeBefore(Instant cutoff) throws IOException;

    Clock clock();
}
