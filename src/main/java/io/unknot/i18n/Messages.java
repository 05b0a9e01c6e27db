package io.unknot.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * User-facing text from one resource bundle under {@code io/unknot/i18n/} (one bundle per area: tray, break,
 * settings, stats, cli...), in the current locale of the {@link Language} that handed it out. Every string a user
 * sees comes through here.
 */
public final class Messages {

    private final Language language;
    private final String area;

    Messages(Language language, String area) {
        this.language = language;
        this.area = area;
    }

    /** The locale texts are read in now, for dates and numbers beside them. */
    public Locale locale() {
        return language.locale();
    }

    /**
     * The text for {@code key}, with {@link MessageFormat} arguments filled in when any are given (only then do
     * single quotes in the pattern need doubling).
     */
    public String text(String key, Object... args) {
        Locale current = language.locale();
        Optional<ResourceBundle> bundle = language.bundle(area, current);
        if (bundle.isEmpty()) {
            language.reportOnce(area + '@' + current, "Missing message bundle io.unknot.i18n." + area);
            return key;
        }
        String pattern;
        try {
            pattern = bundle.get().getString(key);
        } catch (MissingResourceException e) {
            language.reportOnce(area + '#' + key + '@' + current, "Missing text " + key + " in message bundle "
                    + area + " for " + current);
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, current).format(args);
    }

    /** The text for {@code key} split into its label and mnemonic (the letter after '&amp;'). */
    public Mnemonic mnemonic(String key, Object... args) {
        return Mnemonic.parse(text(key, args));
    }
}
