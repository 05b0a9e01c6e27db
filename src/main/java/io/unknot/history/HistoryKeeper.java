package io.unknot.history;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The history as the running app uses it, built so that reminders never depend on storage. When the history
 * folder cannot be used, Unknot runs without history (or reads what is there, when it may read but not write) and
 * says so through {@link #health()}; each record it then could not write is counted as lost. At most every
 * {@link #RETRY} a write tries the folder again, so history comes back by itself once the folder is usable.
 */
public final class HistoryKeeper implements Journal, AutoCloseable {

    /** How often a write tries a folder that could not be used again. */
    static final Duration RETRY = Duration.ofMinutes(1);

    private static final Logger LOG = LoggerFactory.getLogger(HistoryKeeper.class);

    /** Whether history is kept. */
    public enum State {
        OK, READ_ONLY, UNAVAILABLE;

        /** As in {@code status --json}: ok, read-only, unavailable. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why the history cannot be written, so the user can be told what to do about it. */
    public enum Cause { NO_ACCESS, READ_ONLY_DISK, DISK_FULL, NOT_A_FOLDER, IN_USE, OTHER }

    /**
     * How the history is doing.
     *
     * @param cause   why it is not {@link State#OK}; empty when it is
     * @param detail  the system's own words for the cause, for the log and scripts
     * @param lost    records lost since start-up: not written, or damaged and set aside
     * @param damage  where damaged records were set aside at start-up, if any were
     */
    public record Health(State state, Optional<Cause> cause, Path folder, String detail, int lost,
                         Optional<Path> damage) {

        public Health {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(damage, "damage");
        }

        /** Something the user should hear about. */
        public boolean troubled() {
            return state != State.OK || lost > 0;
        }
    }

    private final Path dataDir;
    private final Path folder;
    private final Clock clock;
    private final List<Consumer<Health>> listeners = new CopyOnWriteArrayList<>();
    private final Optional<Path> damage;
    private HistoryStore store;
    private State state;
    private Optional<Cause> cause = Optional.empty();
    private String detail = "";
    private int lost;
    private Instant lastTry;

    private HistoryKeeper(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.folder = dataDir.resolve("history");
        this.clock = clock;
        this.lastTry = clock.instant();
        try {
            use(HistoryStore.open(dataDir, clock));
        } catch (IOException | RuntimeException e) {
            fail(e);
            LOG.warn("History cannot be written ({}); Unknot runs on and keeps no history until it can", detail);
            try {
                store = HistoryStore.openReadOnly(dataDir, clock);
                state = State.READ_ONLY;
            } catch (IOException | RuntimeException readFailure) {
                LOG.debug("History cannot be read either: {}", readFailure.toString());
            }
        }
        OpenReport report = store == null ? new OpenReport(List.of()) : store.openReport();
        lost = report.lost();
        damage = report.damages().stream().map(OpenReport.Damage::keptAside).findFirst();
    }

    /** Opens the history in {@code dataDir/history}; never fails: see {@link #health()}. */
    public static HistoryKeeper open(Path dataDir, Clock clock) {
        return new HistoryKeeper(dataDir, clock);
    }

    /** The store to read from, when there is one (also while it is read-only). */
    public synchronized Optional<HistoryStore> store() {
        return Optional.ofNullable(store);
    }

    public synchronized Health health() {
        return new Health(state, cause, folder, detail, lost, damage);
    }

    /** Told whenever {@link #health()} changes, on the thread that changed it. */
    public void addHealthListener(Consumer<Health> listener) {
        listeners.add(listener);
    }

    @Override
    public HistoryRecord append(HistoryRecord record) throws IOException {
        Health before = health();
        HistoryStore target;
        synchronized (this) {
            if (store == null || !store.writable()) {
                retry();
            }
            // A writable store whose last write failed (a full disk, say) simply tries again.
            target = store != null && store.writable() ? store : null;
        }
        if (target == null) {
            changed(before, () -> lost++);
            throw new IOException("history not kept: " + detail);
        }
        try {
            HistoryRecord stored = target.append(record);
            changed(before, () -> use(target));
            return stored;
        } catch (IOException e) {
            changed(before, () -> {
                lost++;
                fail(e);
            });
            throw e;
        }
    }

    @Override
    public int removeBefore(Instant cutoff) throws IOException {
        HistoryStore target;
        synchronized (this) {
            target = store != null && store.writable() ? store : null;
        }
        return target == null ? 0 : target.removeBefore(cutoff);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public synchronized void close() throws IOException {
        if (store != null) {
            store.close();
            store = null;
        }
    }

    /** Opens the folder again when the last try is {@link #RETRY} ago; under the lock. */
    private void retry() {
        Instant now = clock.instant();
        if (Duration.between(lastTry, now).abs().compareTo(RETRY) < 0) {
            return;
        }
        lastTry = now;
        try {
            HistoryStore reopened = HistoryStore.open(dataDir, clock);
            if (store != null) {
                store.close();
            }
            use(reopened);
            LOG.info("History can be written again");
        } catch (IOException | RuntimeException e) {
            LOG.debug("History still cannot be written: {}", e.toString());
        }
    }

    private void use(HistoryStore opened) {
        store = opened;
        state = State.OK;
        cause = Optional.empty();
        detail = "";
    }

    /** A write or an open failed: the history is unavailable for writing, for this reason. */
    private void fail(Exception e) {
        state = State.UNAVAILABLE;
        cause = Optional.of(causeOf(e));
        detail = e instanceof FileSystemException fs && fs.getReason() != null
                ? fs.getFile() + ": " + fs.getReason() : e.toString();
    }

    /** Applies {@code change} and tells the listeners when the health is not what it was {@code before}. */
    private void changed(Health before, Runnable change) {
        Health after;
        synchronized (this) {
            change.run();
            after = health();
        }
        if (!after.equals(before)) {
            listeners.forEach(listener -> listener.accept(after));
        }
    }

    static Cause causeOf(Exception e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason().toLowerCase(Locale.ROOT);
        }
        if (message.contains("no space left") || message.contains("disk quota")) {
            return Cause.DISK_FULL;
        }
        if (message.contains("read-only file system")) {
            return Cause.READ_ONLY_DISK;
        }
        if (e instanceof AccessDeniedException || message.contains("permission denied")
                || message.contains("read-only")) {
            return Cause.NO_ACCESS;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || message.contains("not a directory")) {
            return Cause.NOT_A_FOLDER;
        }
        if (message.contains("another unknot")) {
            return Cause.IN_USE;
        }
        return Cause.OTHER;
    }
}
