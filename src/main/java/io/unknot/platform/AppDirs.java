package io.unknot.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Unknot keeps its files, following each platform's rules. On Linux the XDG variables win when set,
 * otherwise everything lives under the {@code user.home} system property, so a test or a second user can run
 * Unknot wholly inside a temporary home.
 *
 * @param config  settings-like files (autostart entries live in the desktop's own config folder)
 * @param data    history, logs and the user's own suggestions
 * @param runtime the remote-control socket; readable by the user alone
 */
public record AppDirs(Path config, Path data, Path runtime) {

    private static final String NAME = "unknot";

    public static AppDirs current() {
        return of(System.getProperty("os.name"), System.getProperty("user.home"), System.getenv());
    }

    static AppDirs of(String osName, String userHome, Map<String, String> env) {
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = pathOr(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = pathOr(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirs(appData.resolve("Unknot"), appData.resolve("Unknot"), local.resolve("Unknot"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Unknot");
            return new AppDirs(support, support, support.resolve("run"));
        }
        Path config = pathOr(env, "XDG_CONFIG_HOME", home.resolve(".config")).resolve(NAME);
        Path data = pathOr(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(NAME);
        Path runtime = env.containsKey("XDG_RUNTIME_DIR") && !env.get("XDG_RUNTIME_DIR").isBlank()
                ? Path.of(env.get("XDG_RUNTIME_DIR")).resolve(NAME)
                : data.resolve("run");
        return new AppDirs(config, data, runtime);
    }

    /** The rotating log files, {@code unknot.0.log} being the newest. */
    public Path logs() {
        return data.resolve("logs");
    }

    /** The remote-control socket of the running instance. */
    public Path controlSocket() {
        return runtime.resolve("unknot.sock");
    }

    private static Path pathOr(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }
}
