package io.unknot.ui.settings;

import javax.swing.JComponent;

/** One page of the settings window. Its controls store every valid edit at once, so there is nothing to save. */
interface SettingsSection {

    /** The page title, from the bundle. */
    String name();

    /** The page, built once. */
    JComponent component();

    /** Puts this page's settings back to their defaults (or the administrator's presets). */
    void reset();

    /** Whether the page has anything {@link #reset()} would change (About has not). */
    default boolean resettable() {
        return true;
    }
}
