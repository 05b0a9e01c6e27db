package io.unknot.ui.breakwindow;

import io.unknot.core.EngineStatus.CurrentBreak;

import java.util.Optional;

/**
 * What the break window's buttons and keys may ask of the app, and the one thing they read. Implemented by the app's
 * command path, which also lets the scheduler catch up after each command.
 */
public interface BreakCommands {

    /** The break window (or a driving cue) is on screen now. */
    void breakShown();

    /** Done: the user finished the break. @return false when nothing ended (a strict break before its time) */
    boolean completeBreak();

    /** @return false when no break is on screen or its last move is showing */
    boolean nextMove();

    /** @return false when the postpone limit is reached and the break stays */
    boolean postponeBreak();

    /** @return false in strict mode, where the break cannot be skipped */
    boolean skipBreak();

    /** The break on screen, for the window's countdown and move. */
    Optional<CurrentBreak> currentBreak();
}
