package io.unknot.app;

import io.unknot.app.remote.DesktopStatus;
import io.unknot.core.BreakKind;
import io.unknot.core.EngineStatus;
import io.unknot.history.HistoryKeeper;
import io.unknot.ui.tray.TrayActions;

/** Every user command in one place: the tray menu's actions plus what only the command line asks for. */
public interface AppCommands extends TrayActions {

    /** What a second launch asks for: the status window when there is no tray icon, else Settings. */
    void showMain();

    EngineStatus status();

    /** Where idle time comes from and why breaks wait, for {@code status --json}. */
    DesktopStatus desktopStatus();
    /** Whether history is kept, for {@code status --json}. */
    HistoryKeeper.Health history();

    // The command line's versions of tray commands: each says whether it changed anything, so a command that
    // does nothing can say so instead of pretending.

    /** @return false when a break is already on screen */
    boolean breakNow(BreakKind kind);

    /** @return false when nothing was paused */
    boolean endPause();

    /** @return false when a drive is already running */
    boolean beginDrive();

    /** @return false when no drive is running */
    boolean finishDrive();
}
