package io.unknot.settings;

import io.unknot.core.BreakSettings;

import java.nio.file.Path;
import java.util.prefs.Preferences;

/**
 * The user's settings: typed reads and validated writes over java.util.prefs, with system-wide presets as
 * fallback, change listeners, and export/import in the Preferences XML format.
 */
public final class Settings {

    /** Settings stored under {@code /io/unknot} of the given user root, with presets from the system root. */
    public static Settings open(Preferences userRoot, Preferences systemRoot) {
        throw new UnsupportedOperationException("being written");
    }

    /** The real user and system roots of java.util.prefs. */
    public static Settings openDefault() {
        return open(Preferences.userRoot(), Preferences.systemRoot());
    }

    /** The stored value, else the system preset, else the default; never an invalid value. */
    public <T> T get(Setting<T> setting) {
        throw new UnsupportedOperationException("being written");
    }

    /** Stores the value and tells listeners; refuses a value out of range without storing anything. */
    public <T> void set(Setting<T> setting, T value) throws InvalidSettingException {
        throw new UnsupportedOperationException("being written");
    }

    public void reset(Setting<?> setting) {
        throw new UnsupportedOperationException("being written");
    }

    public void addListener(SettingsListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    public void removeListener(SettingsListener listener) {
        throw new UnsupportedOperationException("being written");
    }

    /** The break-related settings as the engine wants them. */
    public BreakSettings breakSettings() {
        throw new UnsupportedOperationException("being written");
    }

    public void exportTo(Path file) throws java.io.IOException {
        throw new UnsupportedOperationException("being written");
    }

    /** Validates the whole file first; on any bad entry nothing is written and the exception names it. */
    public void importFrom(Path file) throws java.io.IOException, InvalidSettingException {
        throw new UnsupportedOperationException("being written");
    }
}
