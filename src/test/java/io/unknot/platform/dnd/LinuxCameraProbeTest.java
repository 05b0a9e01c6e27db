package io.unknot.platform.dnd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static io.unknot.testing.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

class LinuxCameraProbeTest {

    private static final long OWN_PID = 4242;

    @TempDir
    Path tmp;

    @Test
    void a_process_holding_a_video_device_means_the_camera_is_in_use() throws Exception {
        Path proc = fakeProc("1", "/dev/null", "/dev/pts/0");
        fd(proc, "377", "7", "/dev/video0");

        assertThat(probe(proc, devicesWith("video0")).detected()).isTrue();
    }

    @Test
    void processes_without_a_video_device_open_mean_it_is_free() throws Exception {
        Path proc = fakeProc("1", "/dev/null", "socket:[1234]");
        fd(proc, "377", "3", "/dev/snd/pcmC0D0c");

        assertThat(probe(proc, devicesWith("video0")).detected()).isFalse();
    }

    @Test
    void unknot_itself_does_not_count() throws Exception {
        Path proc = fakeProc(Long.toString(OWN_PID), "/dev/video0");

        assertThat(probe(proc, devicesWith("video0")).detected()).isFalse();
    }

    @Test
    void a_machine_without_video_devices_is_not_scanned() throws Exception {
        Path proc = fakeProc("1", "/dev/video0");

        assertThat(probe(proc, devicesWith("null", "snd")).detected()).isFalse();
    }

    @Test
    void unreadable_and_non_process_entries_are_skipped() throws Exception {
        Path proc = fakeProc("1", "/dev/null");
        Files.createDirectories(proc.resolve("self"));
        Files.createDirectories(proc.resolve("2")); // a process that ended: no fd folder left
        Files.writeString(proc.resolve("uptime"), "12.0 3.0");

        assertThat(probe(proc, devicesWith("video0")).detected()).isFalse();
    }

    @Test
    void a_real_process_holding_the_device_open_is_found_in_the_real_proc() throws Exception {
        Path devices = devicesWith("video7");
        Process holder = new ProcessBuilder("sh", "-c", "exec 3<\"$1\"; exec sleep 30", "sh",
                devices.resolve("video7").toString()).start();
        try {
            LinuxCameraProbe probe = new LinuxCameraProbe(Path.of("/proc"), devices, "video",
                    ProcessHandle.current().pid());
            // The shell opens the file before it turns into sleep; poll briefly for that moment.
            eventually("the probe to find the held device", Duration.ofSeconds(5), probe::detected);

            holder.destroy();
            assertThat(holder.waitFor(5, TimeUnit.SECONDS)).isTrue();
            assertThat(probe.detected()).isFalse();
        } finally {
            holder.destroyForcibly();
        }
    }

    private LinuxCameraProbe probe(Path proc, Path devices) {
        return new LinuxCameraProbe(proc, devices, "video", OWN_PID);
    }

    private Path devicesWith(String... names) throws Exception {
        Path dev = Files.createDirectories(tmp.resolve("dev"));
        for (String name : names) {
            Files.createFile(dev.resolve(name));
        }
        return dev;
    }

    /** A /proc with one process whose descriptors point at the given targets. */
    private Path fakeProc(String pid, String... targets) throws Exception {
        Path proc = Files.createDirectories(tmp.resolve("proc"));
        for (int i = 0; i < targets.length; i++) {
            fd(proc, pid, Integer.toString(i), targets[i]);
        }
        return proc;
    }

    private void fd(Path proc, String pid, String fd, String target) throws Exception {
        Path fds = Files.createDirectories(proc.resolve(pid).resolve("fd"));
        Files.createSymbolicLink(fds.resolve(fd), Path.of(target.replace("/dev/", tmp.resolve("dev") + "/")));
    }
}
