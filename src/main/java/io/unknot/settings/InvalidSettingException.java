package io.unknot.settings;

/** A value was refused: out of range or malformed. Carries the setting and the reason for the UI to show. */
public final class InvalidSettingException extends Exception {

    private final transient Setting<?> setting;
    private final transient Setting.Problem problem;

    public InvalidSettingException(Setting<?> setting, Setting.Problem problem, String message) {
        super(message);
        this.setting = setting;
        this.problem = problem;
    }

    public Setting<?> setting() {
        return setting;
    }

    public Setting.Problem problem() {
        return problem;
    }
}
