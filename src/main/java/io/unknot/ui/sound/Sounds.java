package io.unknot.ui.sound;

import io.unknot.core.BreakKind;
import io.unknot.settings.Keys;
import io.unknot.settings.Settings;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Decides which cue an occasion gets and whether the user wants it. Desk breaks chime when {@link Keys#SOUNDS} is on;
 * driving breaks and drive start/end beep when {@link Keys#DRIVING_CUES} is on, whatever the desk setting, because
 * a driver is not looking at a screen. Never blocks the caller.
 */
public final class Sounds {

    private final Settings settings;
    private final Consumer<Cue> player;

    /** Cues played on the sound device. @param worker where they are played (the app's background executor) */
    public static Sounds withClips(Settings settings, Executor worker) {
        return new Sounds(settings, new ClipPlayer(worker));
    }

    /** With its own player: tests listen to which cue would sound. */
    public Sounds(Settings settings, Consumer<Cue> player) {
        this.settings = settings;
        this.player = player;
    }

    public void breakStarted(BreakKind kind) {
        if (kind == BreakKind.DRIVING) {
            playIf(settings.get(Keys.DRIVING_CUES), Cue.DRIVING_BREAK);
        } else {
            playIf(settings.get(Keys.SOUNDS), Cue.BREAK_START);
        }
    }

    public void breakEnded(BreakKind kind) {
        playIf(settings.get(kind == BreakKind.DRIVING ? Keys.DRIVING_CUES : Keys.SOUNDS), Cue.BREAK_END);
    }

    public void driveStarted() {
        playIf(settings.get(Keys.DRIVING_CUES), Cue.DRIVE_START);
    }

    public void driveEnded() {
        playIf(settings.get(Keys.DRIVING_CUES), Cue.DRIVE_END);
    }

    private void playIf(boolean wanted, Cue cue) {
        if (wanted) {
            player.accept(cue);
        }
    }
}
