package io.unknot.settings;

import java.util.Locale;

/** The language of Unknot's texts. SYSTEM uses the system locale when Unknot ships it, else English. */
public enum Language {
    SYSTEM(null), ENGLISH(Locale.ENGLISH), GERMAN(Locale.GERMAN), FRENCH(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale == null ? Locale.getDefault() : locale;
    }
}
