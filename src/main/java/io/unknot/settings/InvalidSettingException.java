package io.unknot.settings;

import io.unknot.i18n.Messages;

import java.util.Optional;

/**
 * A value was refused: out of range or malformed. Carries the setting and the reason for the UI to show.
 * {@link #getLocalizedMessage()} gives the reason in the user's language; {@link #getMessage()} stays English
 * for the log. A refused import also names the offending file entry ({@link #entry()}).
 */
public final class InvalidSettingException extends Exception {

    private final transient Setting<?> setting;
    private final transient Setting.Problem problem;
    private final String entry;

    public InvalidSettingException(Setting<?> setting, Setting.Problem problem, String message) {
        this(setting, problem, message, null);
    }

    /**
     * @param setting the setting concerned, or null when the entry names no known setting
     * @param entry   the key as written in an imported file, or null when the value did not come from a file
     */
    public InvalidSettingException(Setting<?> setting, Setting.Problem problem, String message, String entry) {
        super(message);
        this.setting = setting;
        this.problem = problem;
        this.entry = entry;
    }

    /** The setting concerned; null only for an imported entry with an unknown key. */
    public Setting<?> setting() {
        return setting;
    }

    public Setting.Problem problem() {
        return problem;
    }

    /** The offending entry's key when the value came from an imported file. */
    public Optional<String> entry() {
        return Optional.ofNullable(entry);
    }

    /** The reason in the user's language ({@code texts}: the settings area), with the file entry first if any. */
    public String localizedMessage(Messages texts) {
        String reason = texts.text(problem.messageKey(), problem.args());
        return entry == null ? reason : texts.text("setting.error.entry", entry, reason);
    }
}
