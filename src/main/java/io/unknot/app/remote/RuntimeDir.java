package io.unknot.app.remote;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The folder holding the control socket and the instance lock: only its owner may enter it (mode 700). */
public final class RuntimeDir {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private RuntimeDir() {
    }

    public static Path create(Path dir) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(dir.getParent());
            if (!Files.isDirectory(dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            // Also narrows a folder created earlier by something else, or under a permissive umask.
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        } else {
            Files.createDirectories(dir); // Windows: %LOCALAPPDATA% is already private to the user
        }
        return dir;
    }
}
