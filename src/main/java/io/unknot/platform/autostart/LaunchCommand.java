package io.unknot.platform.autostart;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command that starts this installation of Unknot: the native launcher when it was installed from a package,
 * otherwise the running Java with the jar (or, from a development build, the class path).
 *
 * @param arguments the program first, then its arguments; never empty
 */
public record LaunchCommand(List<String> arguments) {

    /** Idle-friendly JVM options for a plain jar; the packaged launcher carries its own (see installer/). */
    static final List<String> JAR_JVM_OPTIONS =
            List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Xss512k");
    static final String MAIN_CLASS = "io.unknot.app.Main";

    public LaunchCommand {
        arguments = List.copyOf(arguments);
        if (arguments.isEmpty()) {
            throw new IllegalArgumentException("a launch command needs at least the program");
        }
    }

    public String program() {
        return arguments.get(0);
    }

    /** The command of the running process. */
    public static LaunchCommand current() {
        return resolve(Optional.ofNullable(System.getProperty("jpackage.app-path")),
                System.getProperty("os.name"), Path.of(System.getProperty("java.home")), codeSource(),
                System.getProperty("java.class.path"));
    }

    /**
     * @param appPath   the native launcher, which jpackage's launchers publish as {@code jpackage.app-path}
     * @param codeSource the jar (or classes folder) this class was loaded from
     */
    static LaunchCommand resolve(Optional<String> appPath, String osName, Path javaHome, Path codeSource,
                                 String classPath) {
        if (appPath.isPresent() && !appPath.get().isBlank()) {
            return new LaunchCommand(List.of(appPath.get()));
        }
        // javaw on Windows: a login item must not open a console window.
        boolean windows = osName.toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> args = new ArrayList<>();
        args.add(javaHome.resolve("bin").resolve(windows ? "javaw.exe" : "java").toString());
        args.addAll(JAR_JVM_OPTIONS);
        if (codeSource.getFileName() != null && codeSource.getFileName().toString().endsWith(".jar")) {
            args.add("-jar");
            args.add(codeSource.toString());
        } else {
            args.add("-cp");
            args.add(classPath);
            args.add(MAIN_CLASS);
        }
        return new LaunchCommand(args);
    }

    private static Path codeSource() {
        try {
            return Path.of(LaunchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where Unknot was loaded from", e);
        }
    }
}
