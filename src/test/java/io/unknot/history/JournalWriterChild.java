package io.unknot.history;

import io.unknot.core.Activity;
import io.unknot.core.BreakKind;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Run as a separate JVM by {@link CrashSafetyTest}: appends records as fast as it can and prints
 * {@code ack <seq>} for each append that returned, until it is killed.
 */
public final class JournalWriterChild {

    private JournalWriterChild() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true);
        Instant start = Instant.parse(args[1]);
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]), Clock.systemUTC())) {
            out.println("open " + store.openReport().damages().size());
            for (long i = 0; ; i++) {
                Instant at = start.plus(Duration.ofMinutes(i));
                HistoryRecord record = i % 10 == 9
                        ? HistoryRecord.breakEvent(RecordType.BREAK_DONE, at, BreakKind.STRETCH, Duration.ZERO,
                        Optional.of("child-" + i))
                        : HistoryRecord.sitting(at, Activity.DESK, Duration.ofSeconds(i % 60 + 1));
                out.println("ack " + store.append(record).seq());
            }
        }
    }
}
