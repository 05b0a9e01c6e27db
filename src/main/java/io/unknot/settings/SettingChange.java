package io.unknot.settings;

/** A real change of a setting's effective value, wherever it came from. */
public record SettingChange<T>(Setting<T> setting, T before, T after) {}
