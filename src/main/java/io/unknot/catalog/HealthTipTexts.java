package io.unknot.catalog;

import io.unknot.core.suggest.HealthTips;

import java.util.Locale;
import java.util.ResourceBundle;

/** Reads the health tips' texts from the jar for the core's {@link HealthTips}, as CatalogFiles does for moves. */
public final class HealthTipTexts {

    static final String BUNDLE = "io.unknot.i18n.health";

    private HealthTipTexts() {
    }

    /** The tips in {@code locale} (English when the locale has no translation). */
    public static HealthTips load(Locale locale) {
        return HealthTips.from(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
