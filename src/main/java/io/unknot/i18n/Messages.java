package io.unknot.i18n;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User-facing text from one resource bundle under {@code io/unknot/i18n/} (one bundle per area: tray, break,
 * settings, stats, cli...). Every string a user sees comes through here.
 *
 * <p>Bundles are {@code AREA.properties} (English, the base) and {@code AREA_de.properties} etc., read as UTF-8.
 * The locale is chosen once at start-up from the language setting; a locale Unknot does not ship falls back to
 * English, never to the JVM's default locale. A missing bundle or key is logged once and shows the key itself,
 * so a slip in one text never breaks a window (the i18n tests catch such slips before a release).
 */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    private static final String BASE = "io.unknot.i18n.";
    /** Without this, asking for English on a German system would find the German bundle via the default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Map<String, Messages> AREAS = new ConcurrentHashMap<>();
    private static final Map<String, Optional<ResourceBundle>> BUNDLES = new ConcurrentHashMap<>();
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private static volatile Locale locale = Locale.getDefault();

    private final String area;

    private Messages(String area) {
        this.area = area;
    }

    /** The texts of one area, e.g. {@code Messages.of("tray")} reads {@code io/unknot/i18n/tray.properties}. */
    public static Messages of(String area) {
        return AREAS.computeIfAbsent(area, Messages::new);
    }

    /** Chosen once at start-up and whenever the language setting changes. */
    public static void setLocale(Locale value) {
        locale = value;
    }

    public static Locale locale() {
        return locale;
    }

    /**
     * The text for {@code key}, with {@link MessageFormat} arguments filled in when any are given (only then do
     * single quotes in the pattern need doubling).
     */
    public String text(String key, Object... args) {
        Locale current = locale;
        Optional<ResourceBundle> bundle = bundle(current);
        if (bundle.isEmpty()) {
            reportOnce(area + '@' + current, "Missing message bundle " + BASE + area);
            return key;
        }
        String pattern;
        try {
            pattern = bundle.get().getString(key);
        } catch (MissingResourceException e) {
            reportOnce(area + '#' + key + '@' + current, "Missing text " + key + " in message bundle " + area
                    + " for " + current);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, current).format(args);
    }

    /** The text for {@code key} split into its label and mnemonic (the letter after '&amp;'). */
    public Mnemonic mnemonic(String key, Object... args) {
        return Mnemonic.parse(text(key, args));
    }

    private Optional<ResourceBundle> bundle(Locale current) {
        return BUNDLES.computeIfAbsent(area + '|' + current.toLanguageTag(), k -> {
            try {
                return Optional.of(ResourceBundle.getBundle(BASE + area, current, Messages.class.getClassLoader(),
                        NO_FALLBACK));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        });
    }

    private static void reportOnce(String what, String message) {
        if (REPORTED.add(what)) {
            LOG.warn(message);
        }
    }
}
