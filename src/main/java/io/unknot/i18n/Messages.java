package io.unknot.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing text from one resource bundle under {@code io/unknot/i18n/} (one bundle per area: tray, break,
 * settings, stats, cli...). Every string a user sees comes through here.
 */
public final class Messages {

    private static volatile Locale locale = Locale.getDefault();

    private final String area;

    private Messages(String area) {
        this.area = area;
    }

    /** The texts of one area, e.g. {@code Messages.of("tray")} reads {@code io/unknot/i18n/tray.properties}. */
    public static Messages of(String area) {
        return new Messages(area);
    }

    /** Chosen once at start-up and whenever the language setting changes. */
    public static void setLocale(Locale value) {
        locale = value;
    }

    public static Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments filled in when any are given. */
    public String text(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("io.unknot.i18n." + area, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text " + key + " in bundle " + area, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
