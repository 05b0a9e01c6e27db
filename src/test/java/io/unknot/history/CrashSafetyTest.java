package io.unknot.history;

import io.unknot.core.FakeTime;
import io.unknot.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class CrashSafetyTest {

    private static final int ACKS_BEFORE_KILL = 3000;

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void killingTheWriterMidBurstLosesNoAcknowledgedRecord() throws Exception {
        Set<Long> acknowledged = new HashSet<>();
        // Three rounds on the same history: each reopen also repairs whatever the previous kill tore.
        String[] starts = {"2025-05-01T00:00:00Z", "2025-05-20T00:00:00Z", "2025-06-28T00:00:00Z"};
        for (String start : starts) {
            List<Long> acks = writeUntilKilled(start);
            assertThat(acks).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
            acknowledged.addAll(acks);
        }
        try (HistoryStore store = HistoryStore.open(dataDir, FakeTime.at("2025-07-15T12:00", "UTC"))) {
            Set<Long> stored = new HashSet<>();
            store.readAll().forEach(r -> stored.add(r.seq()));
            assertThat(stored).containsAll(acknowledged);
            // Every record is either acknowledged or was in flight when the process died (at most one per round).
            assertThat(stored.size() - acknowledged.size()).isBetween(0, starts.length);
        }
    }

    /** Starts a child JVM writing records, kills it (SIGKILL) after enough acks, and returns every ack it printed. */
    private List<Long> writeUntilKilled(String start) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(ChildJvm.command(JournalWriterChild.class, dataDir.toString(), start))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<Long> acks = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean killed = false;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acks.add(Long.parseLong(line.substring(4)));
                }
                if (!killed && acks.size() >= ACKS_BEFORE_KILL) {
                    // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe and
                    // lose acks the child printed just before it died; this way we read them all up to EOF.
                    child.toHandle().destroyForcibly();
                    killed = true;
                }
            }
            assertThat(killed).as("child wrote %d records and stopped by itself", acks.size()).isTrue();
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        return acks;
    }
}
