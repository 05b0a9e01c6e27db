package io.unknot.platform.autostart;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Picks the variant and the place of its entry from the OS name, the home folder and the environment. */
final class AutostartFactory {

    private AutostartFactory() {
    }

    static Optional<Autostart> forOs(String osName, String userHome, Map<String, String> env, LaunchCommand command) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Path.of(userHome);
        if (os.startsWith("windows")) {
            return Optional.of(new WindowsRunKey(RunKeyValue.data(command)));
        }
        if (os.startsWith("mac")) {
            Path file = home.resolve("Library").resolve("LaunchAgents").resolve(LaunchAgentPlist.FILE_NAME);
            return Optional.of(new FileAutostart(file, LaunchAgentPlist.content(command), LaunchAgentPlist::isOurs));
        }
        if (os.contains("linux") || os.contains("bsd")) {
            Path file = xdgConfigHome(home, env).resolve("autostart").resolve(DesktopEntry.FILE_NAME);
            return Optional.of(new FileAutostart(file, DesktopEntry.content(command), DesktopEntry::isOurs));
        }
        return Optional.empty();
    }

    /** The XDG base directory spec: $XDG_CONFIG_HOME when set to an absolute path, else ~/.config. */
    private static Path xdgConfigHome(Path home, Map<String, String> env) {
        String value = env.get("XDG_CONFIG_HOME");
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return home.resolve(".config");
    }
}
