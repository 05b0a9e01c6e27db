package io.unknot.ui;

import io.unknot.i18n.Language;

import java.util.Locale;

/** Unknot's texts in British English, the language the tests' expected strings are written in. */
public final class BritishEnglish {

    private BritishEnglish() {
    }

    /** A language of the test's own, so no test inherits another's. */
    public static Language language() {
        return new Language(Locale.UK);
    }
}
