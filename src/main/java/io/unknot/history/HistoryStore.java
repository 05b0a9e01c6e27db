package io.unknot.history;

import io.unknot.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Unknot's history: an append-only journal of {@link HistoryRecord}s in {@code <data dir>/history/}, one segment file
 * per UTC month, one CRC-checked line per record.
 *
 * <p>Crash safety: {@link #append} returns only after the line has been handed to the operating system, so killing
 * the process cannot lose it. Outcomes (a break done, a drive logged...) are also forced to disk at once; routine
 * sitting minutes are forced at most every {@link #FORCE_EVERY}, which bounds what a power cut can cost. A write
 * that fails throws, is not acknowledged, and leaves the journal usable. On {@link #open} every segment is checked;
 * a damaged tail is copied aside to {@code <segment>.damaged-<UTC time>}, the segment keeps what is intact, and
 * {@link #openReport()} says what happened.
 *
 * <p>A store opened with {@link #openReadOnly} reads what is there, repairs nothing and refuses every write: for a
 * history folder Unknot may read but not write.
 *
 * <p>The folder is created private to the user (700) and every file in it 600.
 *
 * <p>All methods are thread-safe; reads and writes take turns on the store's lock. Nothing is cached in memory.
 */
public final class HistoryStore implements Journal, AutoCloseable {

    /** Longest time routine records may sit in the OS cache before being forced to disk. */
    static final Duration FORCE_EVERY = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(HistoryStore.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Comparator<HistoryRecord> CHRONOLOGICAL =
            Comparator.comparing(HistoryRecord::at).thenComparingLong(HistoryRecord::seq);

    private final Segments segments;
    private final Clock clock;
    private final OpenReport report;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean writable;

    private long nextSeq;
    private FileChannel channel;
    private Path channelFile;
    private boolean unforced;
    private boolean directoryChanged;
    private Instant lastForce;
    private Optional<WriteFailure> writeProblem = Optional.empty();
    private boolean closed;

    private HistoryStore(Segments segments, Clock clock, OpenReport report, long nextSeq, FileChannel lockChannel,
                         FileLock lock) {
        this.segments = segments;
        this.clock = clock;
        this.report = report;
        this.nextSeq = nextSeq;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.writable = lock != null;
        this.lastForce = clock.instant();
    }

    /**
     * Opens (creating when needed) the history under {@code dataDir/history}, repairing damaged segments.
     *
     * @throws IOException when the folder cannot be used, or another Unknot process has it open
     */
    public static HistoryStore open(Path dataDir, Clock clock) throws IOException {
        Segments segments = new Segments(dataDir.resolve("history"));
        PrivateFiles.createDirectories(segments.dir());
        FileChannel lockChannel = FileChannel.open(segments.dir().resolve(".lock"),
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), PrivateFiles.fileAttributes());
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("history in " + segments.dir() + " is already open in another Unknot process");
        }
        try {
            for (Path temp : segments.leftoverTemps()) {
                // A rewrite that never reached its atomic move: the segment itself is still whole.
                LOG.info("Removing unfinished rewrite {}", temp);
                Files.deleteIfExists(temp);
            }
            List<OpenReport.Damage> damages = new ArrayList<>();
            long maxSeq = 0;
            for (Segments.Segment segment : segments.list()) {
                byte[] bytes = Files.readAllBytes(segment.file());
                SegmentScan scan = SegmentScan.of(bytes);
                if (scan.damaged()) {
                    damages.add(repair(segment.file(), bytes, scan, clock.instant()));
                }
                maxSeq = Math.max(maxSeq, scan.maxSeq());
            }
            return new HistoryStore(segments, clock, new OpenReport(damages), maxSeq + 1, lockChannel, lock);
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
    }

    /**
     * Opens the history under {@code dataDir/history} for reading only: nothing is created, locked or repaired
     * (damaged lines are skipped as they are read), and {@link #append} always fails.
     *
     * @throws IOException when the folder cannot be read
     */
    public static HistoryStore openReadOnly(Path dataDir, Clock clock) throws IOException {
        Segments segments = new Segments(dataDir.resolve("history"));
        long maxSeq = 0;
        for (Segments.Segment segment : segments.list()) {
            maxSeq = Math.max(maxSeq, SegmentScan.of(Files.readAllBytes(segment.file())).maxSeq());
        }
        return new HistoryStore(segments, clock, new OpenReport(List.of()), maxSeq + 1, null, null);
    }

    /** False for a store opened with {@link #openReadOnly}. */
    public boolean writable() {
        return writable;
    }

    /** What {@link #open} found and repaired. */
    public OpenReport openReport() {
        return report;
    }

    /** The last append that failed, until the next one succeeds. */
    public synchronized Optional<WriteFailure> writeProblem() {
        return writeProblem;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The folder holding the segment files. */
    public Path directory() {
        return segments.dir();
    }

    /**
     * Writes the record and hands it to the operating system; only a normal return acknowledges it.
     *
     * @return the record as stored, with its sequence number
     * @throws IOException when it could not be written (it is then not part of the history)
     */
    @Override
    public HistoryRecord append(HistoryRecord record) throws IOException {
        return write(record);
    }

    private synchronized HistoryRecord write(HistoryRecord record) throws IOException {
        if (closed) {
            throw new IOException("history store is closed");
        }
        if (!writable) {
            throw new IOException("the history folder " + segments.dir() + " is read-only");
        }
        // A number is used up even when the write fails, so a half-written line never shares it with a later one.
        HistoryRecord stamped = record.withSeq(nextSeq++);
        ByteBuffer line = ByteBuffer.wrap(JournalLine.encode(stamped));
        try {
            FileChannel ch = channelFor(segments.fileFor(record.at()));
            long before = ch.size();
            try {
                while (line.hasRemaining()) {
                    ch.write(line);
                }
            } catch (IOException e) {
                undo(ch, before);
                throw e;
            }
            unforced = true;
            Instant now = clock.instant();
            if (record.type().outcome() || !now.isBefore(lastForce.plus(FORCE_EVERY)) || now.isBefore(lastForce)) {
                force();
            }
        } catch (IOException e) {
            closeChannelQuietly();
            writeProblem = Optional.of(new WriteFailure(clock.instant(), e.toString()));
            throw e;
        }
        writeProblem = Optional.empty();
        return stamped;
    }

    /** The records with {@code from <= at < to}, oldest first. */
    public List<HistoryRecord> read(Instant from, Instant to) throws IOException {
        List<HistoryRecord> found = new ArrayList<>();
        forEach(from, to, found::add);
        return found;
    }

    /** Every record, oldest first. */
    public List<HistoryRecord> readAll() throws IOException {
        return read(Instant.MIN, Instant.MAX);
    }

    /**
     * Hands the records with {@code from <= at < to} to {@code action}, oldest first, holding only one month in
     * memory at a time; the store is locked only while a month is read, not while {@code action} runs.
     */
    public void forEach(Instant from, Instant to, Consumer<HistoryRecord> action) throws IOException {
        for (Segments.Segment segment : segmentsSnapshot()) {
            if (!segment.overlaps(from, to)) {
                continue;
            }
            List<HistoryRecord> month = readSegment(segment, from, to);
            // A segment holds one month only, so sorting each gives the global order.
            month.sort(CHRONOLOGICAL);
            month.forEach(action);
        }
    }

    /** The moment of the oldest record, if there is one. */
    public synchronized Optional<Instant> oldest() throws IOException {
        for (Segments.Segment segment : segments.list()) {
            SegmentScan scan = SegmentScan.of(Files.readAllBytes(segment.file()));
            Instant min = null;
            for (int i = 0; i < scan.size(); i++) {
                Optional<Instant> at = at(scan.payload(i));
                if (at.isPresent() && (min == null || at.get().isBefore(min))) {
                    min = at.get();
                }
            }
            if (min != null) {
                return Optional.of(min);
            }
        }
        return Optional.empty();
    }

    /**
     * Removes every record older than {@code cutoff}: months wholly before it are deleted (with any damaged copies
     * kept aside from them), the month it falls in is rewritten to a temporary file and moved over atomically.
     *
     * @return how many records were removed
     */
    @Override
    public synchronized int removeBefore(Instant cutoff) throws IOException {
        int removed = 0;
        for (Segments.Segment segment : segments.list()) {
            if (!segment.start().isBefore(cutoff)) {
                break;
            }
            releaseChannel(segment.file());
            SegmentScan scan = SegmentScan.of(Files.readAllBytes(segment.file()));
            if (!segment.end().isAfter(cutoff)) {
                Files.delete(segment.file());
                removed += scan.size();
            } else {
                List<Integer> kept = new ArrayList<>();
                for (int i = 0; i < scan.size(); i++) {
                    // A line whose moment cannot be read is kept: retention removes only what it knows is old.
                    if (at(scan.payload(i)).map(at -> !at.isBefore(cutoff)).orElse(true)) {
                        kept.add(i);
                    }
                }
                if (kept.size() < scan.size()) {
                    rewrite(segment.file(), scan, kept);
                    removed += scan.size() - kept.size();
                }
            }
        }
        for (Segments.Segment copy : segments.damagedCopies()) {
            if (!copy.end().isAfter(cutoff)) {
                Files.deleteIfExists(copy.file());
            }
        }
        if (removed > 0) {
            syncDirectory();
            LOG.info("History retention removed {} records older than {}", removed, cutoff);
        }
        return removed;
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (channel != null) {
                force();
                channel.close();
                channel = null;
            }
        } finally {
            if (lock != null) {
                lock.release();
                lockChannel.close();
            }
        }
    }

    private FileChannel channelFor(Path file) throws IOException {
        if (channel != null && file.equals(channelFile)) {
            return channel;
        }
        releaseChannel(channelFile);
        boolean created = !Files.exists(file);
        channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND), PrivateFiles.fileAttributes());
        channelFile = file;
        directoryChanged |= created;
        return channel;
    }

    /** Closes the append channel when it is on {@code file}, forcing what it wrote. */
    private void releaseChannel(Path file) throws IOException {
        if (channel != null && channelFile.equals(file)) {
            force();
            channel.close();
            channel = null;
            channelFile = null;
        }
    }

    private void force() throws IOException {
        if (channel != null && unforced) {
            channel.force(false);
            unforced = false;
        }
        if (directoryChanged) {
            syncDirectory();
            directoryChanged = false;
        }
        lastForce = clock.instant();
    }

    private void undo(FileChannel ch, long size) {
        try {
            ch.truncate(size);
        } catch (IOException e) {
            // The next open finds the partial line, moves it aside and keeps every intact line after it.
            LOG.warn("Could not cut back a failed history write: {}", e.toString());
        }
    }

    private void closeChannelQuietly() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing history segment after a failed write", e);
            }
            channel = null;
            channelFile = null;
        }
    }

    private void syncDirectory() {
        syncDirectory(segments.dir());
    }

    /** Makes created, renamed and deleted names durable; not possible on Windows, where it is not needed. */
    private static void syncDirectory(Path dir) {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            LOG.debug("Directory sync not available: {}", e.toString());
        }
    }

    private synchronized List<Segments.Segment> segmentsSnapshot() throws IOException {
        return segments.list();
    }

    private synchronized List<HistoryRecord> readSegment(Segments.Segment segment, Instant from, Instant to)
            throws IOException {
        if (!Files.exists(segment.file())) {
            return new ArrayList<>(); // removed by retention since the list was taken
        }
        SegmentScan scan = SegmentScan.of(Files.readAllBytes(segment.file()));
        List<HistoryRecord> found = new ArrayList<>(scan.size());
        for (int i = 0; i < scan.size(); i++) {
            decode(scan.payload(i)).filter(r -> !r.at().isBefore(from) && r.at().isBefore(to)).ifPresent(found::add);
        }
        return found;
    }

    private static Optional<HistoryRecord> decode(String payload) {
        try {
            return JournalLine.decode(payload);
        } catch (IllegalArgumentException e) {
            LOG.warn("Skipping unreadable history record: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Instant> at(String payload) {
        try {
            return Optional.of(JournalLine.at(payload));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OpenReport.Damage repair(Path file, byte[] bytes, SegmentScan scan, Instant now)
            throws IOException {
        Path aside = keepAside(file, bytes, scan.firstBad(), now);
        List<Integer> all = new ArrayList<>(scan.size());
        for (int i = 0; i < scan.size(); i++) {
            all.add(i);
        }
        rewrite(file, scan, all);
        syncDirectory(file.getParent());
        long bytesAside = bytes.length - (long) scan.firstBad();
        LOG.warn("History file {} was damaged from byte {}: {} bytes kept aside in {}; {} intact records kept "
                        + "({} of them found after the damage)",
                file, scan.firstBad(), bytesAside, aside, scan.size(), scan.recovered());
        return new OpenReport.Damage(file, aside, bytesAside, scan.size(), scan.recovered(), scan.badLines());
    }

    private static Path keepAside(Path file, byte[] bytes, int from, Instant now) throws IOException {
        String base = file.getFileName() + Segments.DAMAGED_MARK + STAMP.format(now);
        for (int n = 0; ; n++) {
            Path aside = file.resolveSibling(n == 0 ? base : base + "-" + n);
            try (FileChannel out = FileChannel.open(aside,
                    Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), PrivateFiles.fileAttributes())) {
                ByteBuffer tail = ByteBuffer.wrap(bytes, from, bytes.length - from);
                while (tail.hasRemaining()) {
                    out.write(tail);
                }
                out.force(true);
                return aside;
            } catch (FileAlreadyExistsException e) {
                // Damaged twice within a second: take the next free name.
            }
        }
    }

    /** Replaces {@code file} by the given intact lines of its scan: temp file, force, atomic move. */
    private static void rewrite(Path file, SegmentScan scan, List<Integer> lines) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + Segments.TEMP_SUFFIX);
        try (OutputStream out = new java.io.BufferedOutputStream(Channels.newOutputStream(FileChannel.open(temp,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
                PrivateFiles.fileAttributes())))) {
            for (int i : lines) {
                out.write(scan.bytes(), scan.start(i), scan.end(i) - scan.start(i) + 1);
            }
        }
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
