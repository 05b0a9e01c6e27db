package io.unknot.app;

import io.unknot.platform.PrivateFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * java.util.logging set up in code (SLF4J, Quartz and dorkbox log through it): the app writes a rotating file in
 * the data folder and only warnings to the console; a command-line call logs warnings to the console alone, so it
 * never competes with the running instance for the file. {@code -Dunknot.logLevel=FINE} shows more.
 *
 * <p>Every record is cut to {@link #MAX_RECORD_CHARS}, so one huge message cannot blow through the rotation limit.
 * The console never shows a stack trace, only the exception's one-line summary: the terminal is the user's, and
 * the trace (in the file) is for whoever debugs.
 */
final class Logging {

    static final String FILE_PATTERN = "unknot.%g.log";
    static final int FILE_LIMIT_BYTES = 1_000_000;
    static final int FILE_COUNT = 3;
    static final int MAX_RECORD_CHARS = 8_000;

    /** Quartz reports every start and stop at INFO; its warnings are what matter. Held so the level sticks. */
    private static final Logger QUARTZ = Logger.getLogger("org.quartz");
    /**
     * Stored settings are checked, and their problems logged, by the running app. A command-line call reads the
     * language only: it should not reprint those warnings, nor the JDK's about a prefs folder it cannot write.
     */
    private static final List<String> LEFT_TO_THE_APP = List.of("io.unknot.settings", "java.util.prefs");

    private Logging() {
    }

    /** @return the newest log file, for the About box */
    static Path configureForApp(Path logDir) {
        Logger root = reset(level(Level.INFO));
        commandLine = false;
        QUARTZ.setLevel(Level.WARNING);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new Capped(false));
        root.addHandler(console);
        try {
            PrivateFiles.createDirectories(logDir);
            FileHandler file = new FileHandler(logDir.resolve(FILE_PATTERN).toString(), FILE_LIMIT_BYTES,
                    FILE_COUNT, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new Capped(true));
            file.setLevel(Level.ALL);
            root.addHandler(file);
            restrictLogFiles(logDir);
        } catch (IOException | RuntimeException e) {
            root.log(Level.WARNING, "Cannot write logs to " + logDir + " (" + e + "); logging to the console only");
        }
        return logDir.resolve(FILE_PATTERN.replace("%g", "0"));
    }

    static void configureForCommandLine() {
        Logger root = reset(level(Level.WARNING));
        commandLine = true;
        Handler console = new ConsoleHandler();
        console.setFormatter(new Capped(false));
        console.setFilter(record -> record.getLoggerName() == null
                || LEFT_TO_THE_APP.stream().noneMatch(record.getLoggerName()::startsWith));
        root.addHandler(console);
    }

    /** Log files of an earlier version, written before files were made private. */
    private static void restrictLogFiles(Path logDir) throws IOException {
        try (Stream<Path> files = Files.list(logDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (file.getFileName().toString().startsWith("unknot.")) {
                    PrivateFiles.restrict(file);
                }
            }
        }
    }

    /**
     * "2025-03-04 15:30:00.123 INFO io.unknot.app.App: message", then the stack trace if there is one and
     * {@code traces} is on (else the exception's summary), all cut to {@link #MAX_RECORD_CHARS}.
     */
    static final class Capped extends Formatter {
        private final SimpleFormatter simple;
        private final boolean traces;

        Capped(boolean traces) {
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
            this.simple = new SimpleFormatter();
            this.traces = traces;
        }

        @Override
        public String format(LogRecord record) {
            Throwable thrown = record.getThrown();
            String text;
            if (thrown != null && !traces) {
                record.setThrown(null);
                try {
                    text = simple.format(record).stripTrailing() + " (" + thrown + ")" + System.lineSeparator();
                } finally {
                    record.setThrown(thrown);
                }
            } else {
                text = simple.format(record);
            }
            if (text.length() <= MAX_RECORD_CHARS) {
                return text;
            }
            return text.substring(0, MAX_RECORD_CHARS) + " [... " + (text.length() - MAX_RECORD_CHARS)
                    + " more characters cut]" + System.lineSeparator();
        }
    }

    /**
     * A command-line call ends within a second; what the JDK's background threads fail at meanwhile (the
     * preferences' sync timer on a read-only folder) is the running app's business, not this call's.
     */
    private static volatile boolean commandLine;

    /**
     * For every thread, the Swing thread included: an error nobody caught is logged (its trace in the file only)
     * instead of being printed on the terminal by the JVM.
     */
    static void catchStrays() {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> Logger.getLogger("io.unknot")
                .log(commandLine && !thread.getName().equals("main") ? Level.FINE : Level.SEVERE,
                        "Unexpected error on thread " + thread.getName(), e));
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
