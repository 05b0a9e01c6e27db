package io.unknot.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * java.util.logging set up in code (SLF4J, Quartz and dorkbox log through it): the app writes a rotating file in
 * the data folder and only warnings to the console; a command-line call logs warnings to the console alone, so it
 * never competes with the running instance for the file. {@code -Dunknot.logLevel=FINE} shows more.
 */
final class Logging {

    static final String FILE_PATTERN = "unknot.%g.log";
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 3;

    /** Quartz reports every start and stop at INFO; its warnings are what matter. Held so the level sticks. */
    private static final Logger QUARTZ = Logger.getLogger("org.quartz");

    private Logging() {
    }

    /** @return the newest log file, for the About box */
    static Path configureForApp(Path logDir) {
        Logger root = reset(level(Level.INFO));
        QUARTZ.setLevel(Level.WARNING);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(oneLine());
        root.addHandler(console);
        try {
            Files.createDirectories(logDir);
            FileHandler file = new FileHandler(logDir.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES,
                    FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(oneLine());
            file.setLevel(Level.ALL);
            root.addHandler(file);
        } catch (IOException e) {
            root.log(Level.WARNING, "Cannot write logs to " + logDir + "; logging to the console only", e);
        }
        return logDir.resolve(FILE_PATTERN.replace("%g", "0"));
    }

    static void configureForCommandLine() {
        Logger root = reset(level(Level.WARNING));
        Handler console = new ConsoleHandler();
        console.setFormatter(oneLine());
        root.addHandler(console);
    }

    /** "2025-03-04 15:30:00.123 INFO io.unknot.app.App: message", then the stack trace if there is one. */
    private static Formatter oneLine() {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
        return new SimpleFormatter();
    }

    private static Logger reset(Level level) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        return root;
    }

    private static Level level(Level fallback) {
        String wanted = System.getProperty("unknot.logLevel");
        try {
            return wanted == null ? fallback : Level.parse(wanted.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
