package io.unknot.settings;

/**
 * A separate Unknot-like process for {@link NextLaunchTest}: {@code write KEY TEXT} stores a value and exits at
 * once (no flush, as if the user quit right after a change); {@code read KEY} prints the effective value.
 */
public final class SettingsProcess {

    private SettingsProcess() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.openDefault();
        Setting<?> setting = Keys.byKey(args[1]).orElseThrow();
        if (args[0].equals("write")) {
            store(settings, setting, args[2]);
            System.exit(0);
        }
        System.out.println(encoded(settings, setting));
    }

    private static <T> void store(Settings settings, Setting<T> setting, String text) throws InvalidSettingException {
        settings.set(setting, setting.decode(text));
    }

    private static <T> String encoded(Settings settings, Setting<T> setting) {
        return setting.encode(settings.get(setting));
    }
}
