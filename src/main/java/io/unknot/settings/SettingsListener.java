package io.unknot.settings;

/** Told when a setting's effective value really changed, wherever the change came from. */
@FunctionalInterface
public interface SettingsListener {
    void changed(Setting<?> setting, Object oldValue, Object newValue);
}
