package io.unknot.platform;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Folders and files only their owner can read: history and logs tell when someone sat at their desk. On POSIX
 * systems folders Unknot creates get mode 700 and files 600, whatever the umask; on Windows the user's profile
 * folders are private already.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    /** Leaves only the owner's bits in the mode of anything the process creates. */
    private static final int OWNER_ONLY_UMASK = 0077;

    private interface C extends Library {
        int umask(int mask);
    }

    private PrivateFiles() {
    }

    /**
     * Makes every file and folder the running app creates from now on private, also those made by libraries (the
     * log handler's rotated files), by setting the process's umask. Linux and macOS only; elsewhere nothing.
     */
    public static void forThisProcess() {
        if (!Platform.isLinux() && !Platform.isMac()) {
            return;
        }
        try {
            Native.load("c", C.class).umask(OWNER_ONLY_UMASK);
        } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
            LoggerFactory.getLogger(PrivateFiles.class).debug("umask not available: {}", e.toString());
        }
    }

    /** Creates {@code dir} and any missing parents, each new one private; folders that exist are left alone. */
    public static Path createDirectories(Path dir) throws IOException {
        if (!posix()) {
            return Files.createDirectories(dir);
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = dir.toAbsolutePath(); p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            Files.createDirectory(p, PosixFilePermissions.asFileAttribute(FOLDER));
            Files.setPosixFilePermissions(p, FOLDER); // the umask may have narrowed the mode given at creation
        }
        return dir;
    }

    /** For {@code Files.newXxx} and {@code FileChannel.open}: new files get mode 600. */
    public static FileAttribute<?>[] fileAttributes() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
    }

    /** Narrows a file someone else created (a log handler, say) to its owner. */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.exists(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
