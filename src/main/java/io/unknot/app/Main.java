package io.unknot.app;

import io.unknot.app.remote.Command;
import io.unknot.app.remote.CommandLine;
import io.unknot.app.remote.ControlClient;
import io.unknot.app.remote.InstanceLock;
import io.unknot.app.remote.Reply;
import io.unknot.app.remote.UsageException;
import io.unknot.i18n.Language;
import io.unknot.i18n.Messages;
import io.unknot.platform.AppDirs;
import io.unknot.platform.NativeEnvironment;
import io.unknot.platform.OperatingSystem;
import io.unknot.platform.PrivateFiles;
import io.unknot.platform.x11.XConnection;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;
import io.unknot.ui.tray.TrayHeadStart;
import java.util.Locale;
import org.slf4j.LoggerFactory;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Entry point: starts the tray app, or with arguments acts as a remote control for the running one. */
public final class Main {

    /** How long a second launch waits for an instance that holds the lock but is still starting up. */
    private static final Duration STARTING_INSTANCE_WAIT = Duration.ofSeconds(15);

    private final AppDirs dirs;
    private final PrintStream out;
    private final PrintStream err;
    private final Language language = new Language(Locale.getDefault());
    private final Messages cli = language.messages("cli");
    /** Opened once per process, on first use: for the language of the command line, then by the app. */
    private Settings settings;

    Main(AppDirs dirs, PrintStream out, PrintStream err) {
        this.dirs = dirs;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Before any dorkbox class loads: its update check would phone home.
        System.setProperty("dorkbox.updates.Updates.ENABLE", "false");
        if (args.length == 0) {
            TrayHeadStart.detectDesktop(); // a launch: the tray's longest wait begins before anything else
        }
        System.exit(new Main(AppDirs.current(), System.out, System.err).run(args));
    }

    /** Runs the command line to its end and returns the exit code; for a launch, that is when the app quits. */
    int run(String... args) {
        Logging.configureForCommandLine();
        Logging.catchStrays();
        useLanguageSetting();
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.message(cli));
            err.println();
            err.println(cli.text("cli.usage"));
            return Reply.USAGE;
        }
        if (line instanceof CommandLine.Help) {
            out.println(cli.text("cli.usage"));
            return Reply.OK;
        }
        if (line instanceof CommandLine.Version) {
            out.println(cli.text("cli.version", version()));
            return Reply.OK;
        }
        if (line instanceof CommandLine.Remote remote) {
            return remote(remote.command());
        }
        return launch();
    }

    private int remote(Command command) {
        try {
            Optional<Reply> reply = new ControlClient(dirs.controlSocket()).send(command);
            if (reply.isEmpty()) {
                err.println(cli.text("cli.error.notRunning"));
                return Reply.FAILED;
            }
            print(reply.get());
            return reply.get().exitCode();
        } catch (IOException e) {
            err.println(cli.text("cli.error.failed", e.getMessage()));
            return Reply.FAILED;
        }
    }

    private int launch() {
        if (forwardedToRunningInstance()) {
            return Reply.OK;
        }
        NativeEnvironment.prepare();
        PrivateFiles.forThisProcess(); // history and logs tell when someone sat at the desk
        if (!hasDisplay()) {
            err.println(cli.text("cli.error.noDisplay"));
            return Reply.FAILED;
        }
        try {
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(dirs.runtime());
            if (lock.isEmpty()) {
                return waitForStartingInstance();
            }
            Path logFile = Logging.configureForApp(dirs.logs());
            return App.start(dirs, lock.get(), settings(), language, logFile, version()).awaitQuit();
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(Main.class).error("Unknot could not start", e);
            err.println(cli.text("cli.error.startFailed", String.valueOf(e.getMessage())));
            return Reply.FAILED;
        }
    }

    /** A plain launch while Unknot runs: the running one shows itself, this one ends. */
    private boolean forwardedToRunningInstance() {
        try {
            return new ControlClient(dirs.controlSocket()).send(new Command.Open(Command.Window.MAIN))
                    .map(reply -> reply.exitCode() == Reply.OK)
                    .orElse(false);
        } catch (IOException e) {
            LoggerFactory.getLogger(Main.class).warn("The running instance did not answer: {}", e.getMessage());
            return false;
        }
    }

    /** Another process holds the instance lock but its control socket is not up yet: it is starting. */
    private int waitForStartingInstance() {
        long end = System.nanoTime() + STARTING_INSTANCE_WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (forwardedToRunningInstance()) {
                return Reply.OK;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        err.println(cli.text("cli.error.noAnswer"));
        return Reply.FAILED;
    }

    private boolean hasDisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        if (OperatingSystem.current() == OperatingSystem.LINUX) {
            // Asked of Xlib: AWT's toolkit would open a connection and a thread that a native tray never needs.
            Optional<XConnection> display = XConnection.open();
            display.ifPresent(XConnection::close);
            return display.isPresent();
        }
        try {
            Toolkit.getDefaultToolkit().getScreenSize(); // connects to the display: fails when DISPLAY is wrong
            return true;
        } catch (AWTError | UnsatisfiedLinkError e) {
            return false;
        }
    }

    private void print(Reply reply) {
        if (reply.text().isEmpty()) {
            return;
        }
        (reply.exitCode() == Reply.OK ? out : err).println(reply.text());
    }

    /** The command line speaks the language the user chose for Unknot. */
    private void useLanguageSetting() {
        try {
            language.setLocale(settings().get(Keys.LANGUAGE).locale());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(Main.class).debug("Language setting unreadable; using the system's", e);
        }
    }

    private Settings settings() {
        if (settings == null) {
            settings = Settings.openDefault();
        }
        return settings;
    }

    static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
