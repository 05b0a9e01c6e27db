package io.unknot.i18n;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language Unknot speaks, owned by whoever starts it (the app, the command line, each test its own) and passed
 * to what shows text: it holds the locale and the bundles read so far, and hands out the {@link Messages} of an
 * area. The locale comes from the language setting and changes with it at run time; open windows then read their
 * texts again.
 *
 * <p>Bundles are {@code AREA.properties} (English, the base) and {@code AREA_de.properties} etc. under
 * {@code io/unknot/i18n/}, read as UTF-8. A locale Unknot does not ship falls back to English, never to the JVM's
 * default locale. A missing bundle or key is logged once and shows the key itself, so a slip in one text never
 * breaks a window (the i18n tests catch such slips before a release).
 */
public final class Language {

    private static final Logger LOG = LoggerFactory.getLogger(Language.class);
    private static final String BASE = "io.unknot.i18n.";
    /** Without this, asking for English on a German system would find the German bundle via the default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, Messages> areas = new ConcurrentHashMap<>();
    private final Map<String, Optional<ResourceBundle>> bundles = new ConcurrentHashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile Locale locale;

    public Language(Locale locale) {
        this.locale = locale;
    }

    /** The texts of one area, e.g. {@code messages("tray")} reads {@code io/unknot/i18n/tray.properties}. */
    public Messages messages(String area) {
        return areas.computeIfAbsent(area, a -> new Messages(this, a));
    }

    /** Set when the language setting changes; texts read afterwards are in the new language. */
    public void setLocale(Locale value) {
        locale = value;
    }

    public Locale locale() {
        return locale;
    }

    Optional<ResourceBundle> bundle(String area, Locale current) {
        return bundles.computeIfAbsent(area + '|' + current.toLanguageTag(), k -> {
            try {
                return Optional.of(ResourceBundle.getBundle(BASE + area, current, Language.class.getClassLoader(),
                        NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }

    void reportOnce(String what, String message) {
        if (reported.add(what)) {
            LOG.warn(message);
        }
    }
}
