package io.unknot.app;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** What a log record may become: bounded in size, and without a stack trace on the user's terminal. */
class LoggingTest {

    @Test
    void aHugeRecordIsCutSoItCannotBlowThroughTheRotationLimit() {
        LogRecord huge = new LogRecord(Level.INFO, "x".repeat(10_000_000));

        String line = new Logging.Capped(true).format(huge);

        assertThat(line.length()).isLessThan(Logging.MAX_RECORD_CHARS + 100);
        assertThat(line).contains("more characters cut");
    }

    @Test
    void theConsoleShowsTheExceptionInOneLineAndTheFileItsTrace() {
        LogRecord failed = new LogRecord(Level.WARNING, "History could not be written");
        java.io.IOException cause = new java.io.IOException("No space left on device");
        failed.setThrown(cause);

        String console = new Logging.Capped(false).format(failed);
        String file = new Logging.Capped(true).format(failed);

        assertThat(console.strip()).doesNotContain("\n").doesNotContain("\tat ")
                .endsWith("History could not be written (java.io.IOException: No space left on device)");
        assertThat(file).contains("\tat ");
        assertThat(failed.getThrown()).as("left as it was for the other handlers").isSameAs(cause);
    }
}
