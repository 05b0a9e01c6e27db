package io.unknot.ui.settings;

import java.nio.file.Path;

/**
 * What the About section shows.
 *
 * @param version the application version, e.g. from the jar manifest
 * @param logFile the current log file
 * @param dataDir where history and the user's own suggestions live
 */
public record AboutInfo(String version, Path logFile, Path dataDir) {
}
