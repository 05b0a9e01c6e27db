package io.unknot.settings;

/** The look of Unknot's windows. SYSTEM follows the desktop's light or dark preference where it can be read. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
