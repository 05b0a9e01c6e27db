package io.unknot.ui.theme;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.WinReg;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark windows, read once when a theme is applied (never polled).
 * <ul>
 * <li>Linux: {@code GTK_THEME} naming a dark variant, else GNOME's
 * {@code gsettings get org.gnome.desktop.interface color-scheme} ({@code 'prefer-dark'}), else a GTK theme
 * whose name contains "dark"; gsettings is only run when it is on the PATH. Anything else means light.</li>
 * <li>macOS: {@code defaults read -g AppleInterfaceStyle} answering "Dark".</li>
 * <li>Windows: the registry value {@code AppsUseLightTheme} being 0.</li>
 * </ul>
 */
final class SystemAppearance {

    private static final Logger LOG = LoggerFactory.getLogger(SystemAppearance.class);
    private static final long COMMAND_TIMEOUT_SECONDS = 2;

    private final String osName;
    private final Map<String, String> env;
    /** Runs a command and returns its trimmed output; empty when it fails, is missing or takes too long. */
    private final Function<List<String>, Optional<String>> commands;

    SystemAppearance(String osName, Map<String, String> env, Function<List<String>, Optional<String>> commands) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.env = env;
        this.commands = commands;
    }

    static SystemAppearance current() {
        return withEnvironment(System.getProperty("os.name", ""), System.getenv());
    }

    /** Runs the real commands, found on the {@code PATH} of {@code env}. */
    static SystemAppearance withEnvironment(String osName, Map<String, String> env) {
        return new SystemAppearance(osName, env, command -> run(command, env));
    }

    boolean prefersDark() {
        if (osName.contains("win")) {
            return windowsPrefersDark();
        }
        if (osName.contains("mac")) {
            return commands.apply(List.of("defaults", "read", "-g", "AppleInterfaceStyle"))
                    .map(s -> s.equalsIgnoreCase("dark")).orElse(false);
        }
        return linuxPrefersDark();
    }

    private boolean linuxPrefersDark() {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (isDarkName(gtkTheme)) {
            return true;
        }
        Optional<String> scheme = gsettings("color-scheme");
        if (scheme.isPresent() && scheme.get().contains("prefer-dark")) {
            return true;
        }
        if (scheme.isPresent() && scheme.get().contains("prefer-light")) {
            return false;
        }
        return gsettings("gtk-theme").map(SystemAppearance::isDarkName).orElse(false);
    }

    private Optional<String> gsettings(String key) {
        return commands.apply(List.of("gsettings", "get", "org.gnome.desktop.interface", key));
    }

    private static boolean isDarkName(String name) {
        return name.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static boolean windowsPrefersDark() {
        try {
            return Advapi32Util.registryGetIntValue(WinReg.HKEY_CURRENT_USER,
                    "Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "AppsUseLightTheme") == 0;
        } catch (RuntimeException | LinkageError e) { // value absent (older Windows) or JNA unavailable
            return false;
        }
    }

    private static Optional<String> run(List<String> command, Map<String, String> env) {
        Optional<Path> program = onPath(command.get(0), env.getOrDefault("PATH", ""));
        if (program.isEmpty()) {
            return Optional.empty(); // e.g. no gsettings outside GNOME: nothing to ask
        }
        List<String> resolved = new java.util.ArrayList<>(command);
        resolved.set(0, program.get().toString());
        try {
            Process process = new ProcessBuilder(resolved)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File(devNull())))
                    .start();
            if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.debug("{} took too long; assuming a light desktop", command);
                return Optional.empty();
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String devNull() {
        return File.separatorChar == '\\' ? "NUL" : "/dev/null";
    }

    private static Optional<Path> onPath(String program, String path) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program));
            }
        }
        return Optional.empty();
    }
}
