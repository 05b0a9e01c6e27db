package io.unknot.ui.stats;

import io.unknot.history.PastDrives;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** "Log a past drive" as a command of the app: it stores the drive and counts it into today's totals. */
@FunctionalInterface
public interface DriveLog {

    /**
     * Logs the drive unless it overlaps recorded time. Blocks on the disk: call it off the event thread.
     *
     * @return the overlap that kept it from being logged, or empty when it was logged
     */
    Optional<PastDrives.Overlap> logPastDrive(Instant start, Duration length) throws IOException;
}
