package io.unknot.history;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** The read-only {@link HistoryFigures} of a history store. */
public final class StoreFigures implements HistoryFigures {

    private final HistoryStore store;
    private final Clock clock;

    public StoreFigures(HistoryStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Statistics lastDays(int days) throws IOException {
        return Statistics.load(store, clock, days);
    }

    @Override
    public void exportEvents(Path file) throws IOException {
        CsvExport.exportEvents(store, clock.getZone(), file);
    }

    @Override
    public void exportDays(Path file) throws IOException {
        CsvExport.exportDays(store, clock, file);
    }

    @Override
    public OpenReport openReport() {
        return store.openReport();
    }

    @Override
    public Optional<WriteFailure> writeProblem() {
        return store.writeProblem();
    }
}
