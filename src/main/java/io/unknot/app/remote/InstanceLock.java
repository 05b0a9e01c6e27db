package io.unknot.app.remote;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One Unknot per user: whoever holds the lock on {@code unknot.lock} in the runtime folder is the instance. The
 * operating system drops the lock when the process ends, however it ends, so a crash never blocks the next start.
 * Holding it is also what makes it safe to replace a stale socket file.
 */
public final class InstanceLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process holds it. */
    public static Optional<InstanceLock> tryAcquire(Path runtimeDir) throws IOException {
        RuntimeDir.create(runtimeDir);
        FileChannel channel = FileChannel.open(runtimeDir.resolve("unknot.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            return Optional.empty();
        }
        return Optional.of(new InstanceLock(channel, lock));
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
