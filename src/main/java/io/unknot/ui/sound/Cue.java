package io.unknot.ui.sound;

/** The sounds Unknot makes, each a WAV file under {@code assets/sounds} (made by {@code make.sh}). */
public enum Cue {
    /** A soft chime: a desk break starts. */
    BREAK_START("break-start.wav"),
    /** The chime falling back: a break is over. */
    BREAK_END("break-end.wav"),
    /** Three bright beeps, twice: time to pull over. */
    DRIVING_BREAK("driving-break.wav"),
    /** Two rising beeps. */
    DRIVE_START("drive-start.wav"),
    /** Two falling beeps. */
    DRIVE_END("drive-end.wav");

    private final String file;

    Cue(String file) {
        this.file = file;
    }

    public String resource() {
        return "/assets/sounds/" + file;
    }
}
