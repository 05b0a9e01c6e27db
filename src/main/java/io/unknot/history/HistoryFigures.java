package io.unknot.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The history as the statistics window sees it: figures, exports and trouble, never a write. Calls that read block on
 * the disk.
 */
public interface HistoryFigures {

    /** The figures of the last {@code days} days, today included. */
    Statistics lastDays(int days) throws IOException;

    /** Writes every record as CSV to {@code file}. */
    void exportEvents(Path file) throws IOException;

    /** Writes one CSV row per day to {@code file}. */
    void exportDays(Path file) throws IOException;

    /** What opening the history found damaged. */
    OpenReport openReport();

    /** The last write that failed, while writing still fails. */
    Optional<WriteFailure> writeProblem();
}
