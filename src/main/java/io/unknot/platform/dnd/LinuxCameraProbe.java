package io.unknot.platform.dnd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A camera is in use when some other process holds a video device ({@code /dev/video*}) open. Found by reading
 * the {@code /proc/PID/fd} links of the processes we may see (the user's own, which is where calls run). When the
 * machine has no video device at all, nothing is scanned.
 */
final class LinuxCameraProbe implements Probe {

    private final Path proc;
    private final Path devices;
    private final String prefix;
    private final String ownPid;

    /**
     * @param proc    the proc file system, {@code /proc}
     * @param devices the device folder, {@code /dev}
     * @param prefix  the device name prefix, {@code video}
     * @param ownPid  this process, which never counts
     */
    LinuxCameraProbe(Path proc, Path devices, String prefix, long ownPid) {
        this.proc = proc;
        this.devices = devices;
        this.prefix = prefix;
        this.ownPid = Long.toString(ownPid);
    }

    static LinuxCameraProbe system() {
        return new LinuxCameraProbe(Path.of("/proc"), Path.of("/dev"), "video", ProcessHandle.current().pid());
    }

    @Override
    public boolean detected() {
        if (!anyDevice()) {
            return false;
        }
        String target = devices.resolve(prefix).toString();
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(proc, LinuxCameraProbe::isProcess)) {
            for (Path process : processes) {
                if (!process.getFileName().toString().equals(ownPid) && holds(process.resolve("fd"), target)) {
                    return true;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + proc, e);
        }
        return false;
    }

    private boolean anyDevice() {
        try (Stream<Path> files = Files.list(devices)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isProcess(Path path) {
        String name = path.getFileName().toString();
        return !name.isEmpty() && name.chars().allMatch(Character::isDigit);
    }

    /** Other users' processes and processes that just ended cannot be read; they simply do not count. */
    private static boolean holds(Path fds, String target) {
        try (DirectoryStream<Path> links = Files.newDirectoryStream(fds)) {
            for (Path link : links) {
                if (pointsTo(link, target)) {
                    return true;
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    private static boolean pointsTo(Path link, String target) {
        try {
            return Files.readSymbolicLink(link).toString().startsWith(target);
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
